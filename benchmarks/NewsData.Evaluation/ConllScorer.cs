using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Evaluation;

/// <summary>
/// Scores the whole entity recogniser (gazetteers, rules and tagger) on a CoNLL-2003-style file
/// ("word POS chunk tag", IOB1, -DOCSTART- between documents), as information on text from outside
/// the project. Each document becomes one text, a sentence per paragraph, the words joined by spaces;
/// every sentence is read as prose. A name counts when its exact words and its kind (person,
/// organisation, place) match; MISC names are not scored, nor are the recogniser's "other" entities.
/// </summary>
public static class ConllScorer
{
    /// <param name="path">The CoNLL-2003-style file.</param>
    /// <param name="withDemonyms">
    /// Whether to score the mentions the recogniser makes of a country by its demonym ("German" as a
    /// mention of Germany). The project links demonyms to their country on purpose; CoNLL-2003 calls
    /// them MISC, so every one counts as a wrong place there.
    /// </param>
    public static string Score(string path, bool withDemonyms = true)
    {
        var counts = new int[4, 3]; // kind × (TP, FP, FN)
        foreach (var document in Documents(path))
        {
            var text = new StringBuilder();
            var segments = new List<Segment>();
            var wordStarts = new Dictionary<int, (int Sentence, int Word)>();
            var wordEnds = new Dictionary<int, (int Sentence, int Word)>();
            var gold = new HashSet<(int Sentence, int Start, int End, int Kind)>();
            for (var s = 0; s < document.Count; s++)
            {
                var start = text.Length;
                var sentence = document[s];
                for (var w = 0; w < sentence.Count; w++)
                {
                    if (w > 0)
                    {
                        text.Append(' ');
                    }

                    wordStarts[text.Length] = (s, w);
                    text.Append(sentence[w].Word);
                    wordEnds[text.Length] = (s, w);
                }

                segments.Add(new Segment(start, text.Length, SegmentKind.Prose));
                text.Append("\n\n");
                foreach (var span in GoldSpans(sentence))
                {
                    gold.Add((s, span.Start, span.End, span.Kind));
                }
            }

            var recognizer = new EntityRecognizer(text.ToString());
            recognizer.Read(segments, Array.Empty<(string, int, EntityKind)>());
            var predicted = new HashSet<(int, int, int, int)>();
            foreach (var mention in recognizer.Mentions)
            {
                var kind = mention.Entity.Kind switch { EntityKind.Person => 1, EntityKind.Organization => 2, EntityKind.Location => 3, _ => 0 };
                if (!withDemonyms && Gazetteer.Default.Find(text.ToString(mention.Start, mention.End - mention.Start)) is { IsDemonym: true })
                {
                    continue;
                }

                if (kind == 0 || !wordStarts.TryGetValue(mention.Start, out var first) || !wordEnds.TryGetValue(mention.End, out var last) || first.Sentence != last.Sentence)
                {
                    continue; // a mention that does not start and end on word boundaries matches nothing: count it as wrong
                }

                predicted.Add((first.Sentence, first.Word, last.Word + 1, kind));
            }

            // CONLL_SHOW_ERRORS=1 lists each wrong and missed name on standard error (for the development part only).
            var show = Environment.GetEnvironmentVariable("CONLL_SHOW_ERRORS") == "1";
            foreach (var span in predicted)
            {
                var right = gold.Contains(span);
                counts[span.Item4, right ? 0 : 1]++;
                if (show && !right)
                {
                    Console.Error.WriteLine($"extra {span.Item4}: {Words(document, span.Item1, span.Item2, span.Item3)}");
                }
            }

            foreach (var span in gold.Where(g => g.Kind is >= 1 and <= 3 && !predicted.Contains(g)))
            {
                counts[span.Kind, 2]++;
                if (show)
                {
                    Console.Error.WriteLine($"missed {span.Kind}: {Words(document, span.Sentence, span.Start, span.End)}");
                }
            }
        }

        var table = new StringBuilder();
        table.AppendLine("| kind | TP | FP | FN | precision | recall | F1 |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        int tp = 0, fp = 0, fn = 0;
        foreach (var (kind, name) in new[] { (1, "person"), (2, "organization"), (3, "location") })
        {
            table.AppendLine(Row(name, counts[kind, 0], counts[kind, 1], counts[kind, 2]));
            (tp, fp, fn) = (tp + counts[kind, 0], fp + counts[kind, 1], fn + counts[kind, 2]);
        }

        table.AppendLine(Row("all three", tp, fp, fn));
        return table.ToString();
    }

    private static string Words(List<List<(string Word, string Tag)>> document, int sentence, int start, int end) =>
        string.Join(" ", document[sentence].Skip(start).Take(end - start).Select(w => w.Word));

    private static string Row(string name, int tp, int fp, int fn)
    {
        var score = new Scores { TruePositives = tp, FalsePositives = fp, FalseNegatives = fn };
        return $"| {name} | {tp} | {fp} | {fn} | {score.Precision:0.00} | {score.Recall:0.00} | {score.F1:0.00} |";
    }

    private static IEnumerable<(int Start, int End, int Kind)> GoldSpans(List<(string Word, string Tag)> sentence)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            var kind = KindOf(sentence[i].Tag);
            if (kind == 0)
            {
                continue;
            }

            var end = i + 1;
            while (end < sentence.Count && KindOf(sentence[end].Tag) == kind && !sentence[end].Tag.StartsWith("B-", StringComparison.Ordinal))
            {
                end++;
            }

            yield return (i, end, kind);
            i = end - 1;
        }
    }

    private static int KindOf(string tag) => tag.Length < 3 ? 0 : tag.Substring(2) switch { "PER" => 1, "ORG" => 2, "LOC" => 3, "MISC" => 4, _ => 0 };

    private static List<List<List<(string Word, string Tag)>>> Documents(string path)
    {
        var documents = new List<List<List<(string, string)>>>();
        var sentence = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0 || columns[0] == "-DOCSTART-")
            {
                if (sentence.Count > 0)
                {
                    if (documents.Count == 0)
                    {
                        documents.Add(new List<List<(string, string)>>());
                    }

                    documents[documents.Count - 1].Add(sentence);
                    sentence = new List<(string, string)>();
                }

                if (columns.Length > 0)
                {
                    documents.Add(new List<List<(string, string)>>());
                }

                continue;
            }

            sentence.Add((columns[0], columns[columns.Length - 1]));
        }

        return documents.Where(d => d.Count > 0).ToList();
    }
}
