using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NewsData;
using NewsData.Extraction.Entities;

namespace NewsData.TaggerTraining;

/// <summary>
/// Reads the Groningen Meaning Bank extract distributed as ner_dataset.csv ("Annotated Corpus for
/// Named Entity Recognition", ODbL; Voice of America news): "Sentence: N", word, POS, tag, Latin-1,
/// one row per word. Its conventions are brought to the CoNLL-2003 ones the tagger follows:
/// <list type="bullet">
/// <item>per → person, with leading titles taken out of the span ("President Mahmoud Ahmadinejad" → "Mahmoud Ahmadinejad");</item>
/// <item>org → organisation; geo → place;</item>
/// <item>gpe → place, except demonyms ("Iranian", "British"), which CoNLL calls MISC, as art, eve and nat;</item>
/// <item>tim → not a name;</item>
/// <item>a person or organisation whose whole span is a country, capital, region or large city the
/// gazetteer knows ("Turkey", "Tehran", "Darfur" tagged org where a country acts) is a place, and one
/// that is a demonym ("Muslim" aside, "Iranian") is MISC: CoNLL-2003 tags a country as a place
/// whatever it does in the sentence, and the GMB's automatic layer is inconsistent there.</item>
/// </list>
/// The extract keeps sentences in document order but drops document boundaries, so every 25
/// consecutive sentences make one document for the split.
/// </summary>
internal static class GmbCorpus
{
    private const int SentencesPerDocument = 25;

    private static readonly HashSet<string> TitleWords = BuildTitleWords();

    public static List<NerDocument> Read(string path)
    {
        var documents = new List<NerDocument>();
        var rows = new List<(string Word, string Tag)>();
        var sentenceNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.Latin1))
        {
            var columns = SplitCsv(line);
            if (columns.Count < 4 || columns[0] == "Sentence #")
            {
                continue;
            }

            if (columns[0].Length > 0)
            {
                AddSentence(documents, rows, sentenceNumber++);
                rows.Clear();
            }

            rows.Add((columns[1], columns[3]));
        }

        AddSentence(documents, rows, sentenceNumber);
        return documents;
    }

    private static void AddSentence(List<NerDocument> documents, List<(string Word, string Tag)> rows, int number)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var id = (number / SentencesPerDocument).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (documents.Count == 0 || documents[documents.Count - 1].Id != id)
        {
            documents.Add(new NerDocument("gmb", id, new List<List<AnnotatedWord>>()));
        }

        var sentence = new List<AnnotatedWord>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (word, tag) = rows[i];
            var type = tag.Length > 2 ? tag.Substring(2) : string.Empty;
            var begins = tag.StartsWith("B-", StringComparison.Ordinal);
            var kind = type switch
            {
                "per" => 1,
                "org" => 2,
                "geo" => 3,
                "gpe" => IsDemonym(word) ? 4 : 3,
                "art" or "eve" or "nat" => 4,
                _ => 0,
            };

            // A title at the start of a person's span is left out, and the name begins after it.
            if (kind == 1 && (begins || (sentence.Count > 0 && sentence[sentence.Count - 1].Kind == 0 && IsTitleStart(sentence, rows, i)))
                && i + 1 < rows.Count && rows[i + 1].Tag == "I-per" && TitleWords.Contains(word.TrimEnd('.')))
            {
                sentence.Add(new AnnotatedWord(word, 0, false));
                rows[i + 1] = (rows[i + 1].Word, "B-per");
                continue;
            }

            sentence.Add(new AnnotatedWord(word, kind, kind != 0 && (begins || sentence.Count == 0 || sentence[sentence.Count - 1].Kind != kind)));
        }

        RelabelKnownPlaces(sentence);
        documents[documents.Count - 1].Sentences.Add(sentence);
    }

    /// <summary>People and organisations whose whole span is a known place or demonym become a place or MISC.</summary>
    private static void RelabelKnownPlaces(List<AnnotatedWord> sentence)
    {
        for (var start = 0; start < sentence.Count; start++)
        {
            var kind = sentence[start].Kind;
            if (kind == 0 || !sentence[start].Begins)
            {
                continue;
            }

            var end = start + 1;
            while (end < sentence.Count && sentence[end].Kind == kind && !sentence[end].Begins)
            {
                end++;
            }

            if (kind is 1 or 2)
            {
                var name = string.Join(" ", sentence.GetRange(start, end - start).ConvertAll(w => w.Text));
                if (Gazetteer.Default.Find(name) is { Kind: EntityKind.Location } known)
                {
                    for (var k = start; k < end; k++)
                    {
                        sentence[k] = sentence[k] with { Kind = known.IsDemonym ? 4 : 3 };
                    }
                }
            }

            start = end - 1;
        }
    }

    private static bool IsTitleStart(List<AnnotatedWord> sentence, List<(string Word, string Tag)> rows, int i) =>
        i > 0 && rows[i - 1].Tag == "B-per" && sentence[sentence.Count - 1].Kind == 0;

    private static bool IsDemonym(string word)
    {
        var phrases = Gazetteer.Default.PhrasesStartingWith(word);
        if (phrases is not null)
        {
            foreach (var (words, entry) in phrases)
            {
                if (words.Length == 1)
                {
                    return entry.IsDemonym;
                }
            }
        }

        return word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ans", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || (word.EndsWith("i", StringComparison.Ordinal) && word.Length > 4);
    }

    private static HashSet<string> BuildTitleWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in Vocabulary.Titles)
        {
            foreach (var word in title)
            {
                words.Add(word.TrimEnd('.'));
            }
        }

        words.Remove("of");
        return words;
    }

    /// <summary>Comma-separated fields, with double quotes around a field that holds a comma or a quote ("" inside).</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>(4);
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
