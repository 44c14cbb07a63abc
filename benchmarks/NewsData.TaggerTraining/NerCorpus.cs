using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsData.Extraction.Entities.Tagging;

namespace NewsData.TaggerTraining;

/// <summary>One annotated word: its spelling, the kind of name it is part of (0 none) and whether it begins one.</summary>
internal readonly record struct AnnotatedWord(string Text, int Kind, bool Begins);

/// <summary>A document of an annotated corpus: its sentences, and which part of the split it is in.</summary>
internal sealed record NerDocument(string Corpus, string Id, List<List<AnnotatedWord>> Sentences)
{
    /// <summary>
    /// The fixed split, decided before any training: FNV-1a (32 bits) of "corpus/id", modulo 10;
    /// 0 and 1 are held out (never trained or tuned on), 2 is the development part, the rest train.
    /// </summary>
    public string Part => (Fnv($"{Corpus}/{Id}") % 10) switch { 0 or 1 => "heldout", 2 => "dev", _ => "train" };

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}

/// <summary>
/// Reads the corpora the tagger learns from, built under /tmp (docs/data-sources.md says how): the
/// Universal NER files (.iob2: index, word, BIO tag; "# newdoc id" and "# sent_id" comments), wikigold
/// ("word tag" with IO tags, -DOCSTART- between documents) and CoNLL-2003-style files ("word POS chunk
/// tag", IOB1), which are read for cross-corpus scores only.
/// </summary>
internal static class NerCorpus
{
    public static List<NerDocument> ReadFolder(string folder)
    {
        var documents = new List<NerDocument>();
        foreach (var path in Directory.GetFiles(folder).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(".iob2", StringComparison.Ordinal))
            {
                documents.AddRange(ReadIob2(path));
            }
            else if (name.StartsWith("wikigold", StringComparison.Ordinal))
            {
                documents.AddRange(ReadColumns(path, "wikigold", tagColumn: 1));
            }
            else if (name.StartsWith("gmb", StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.Ordinal))
            {
                documents.AddRange(GmbCorpus.Read(path));
            }
        }

        return documents;
    }

    public static List<NerDocument> ReadIob2(string path)
    {
        var corpus = Path.GetFileNameWithoutExtension(path);
        var documents = new List<NerDocument>();
        NerDocument? document = null;
        var sentence = new List<AnnotatedWord>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal) || (line.StartsWith("# sent_id = ", StringComparison.Ordinal) && document is null))
            {
                var id = line.Substring(line.IndexOf('=') + 2);
                documents.Add(document = new NerDocument(corpus, id, new List<List<AnnotatedWord>>()));
                continue;
            }

            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.Length == 0)
            {
                Flush(document, ref sentence);
                continue;
            }

            var columns = line.Split('\t');
            sentence.Add(Word(columns[1], columns[2], sentence, iob1: false));
        }

        Flush(document, ref sentence);
        return documents;
    }

    /// <summary>Whitespace-separated columns with the tag in <paramref name="tagColumn"/> (-1: last); IO or IOB1 tags.</summary>
    public static List<NerDocument> ReadColumns(string path, string corpus, int tagColumn)
    {
        var documents = new List<NerDocument>();
        NerDocument? document = null;
        var sentence = new List<AnnotatedWord>();
        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                Flush(document, ref sentence);
                continue;
            }

            if (columns[0] == "-DOCSTART-")
            {
                Flush(document, ref sentence);
                documents.Add(document = new NerDocument(corpus, documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), new List<List<AnnotatedWord>>()));
                continue;
            }

            document ??= AddDocument(documents, corpus);
            sentence.Add(Word(columns[0], columns[tagColumn < 0 ? columns.Length - 1 : tagColumn], sentence, iob1: true));
        }

        Flush(document, ref sentence);
        return documents;
    }

    private static NerDocument AddDocument(List<NerDocument> documents, string corpus)
    {
        var document = new NerDocument(corpus, documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), new List<List<AnnotatedWord>>());
        documents.Add(document);
        return document;
    }

    private static AnnotatedWord Word(string text, string tag, List<AnnotatedWord> sentence, bool iob1)
    {
        if (tag == "O" || tag.Length < 3)
        {
            return new AnnotatedWord(text, 0, false);
        }

        var kind = NameTags.KindOfLabel(tag.Substring(2));
        if (kind == 0)
        {
            return new AnnotatedWord(text, 0, false);
        }

        // IOB1 and IO tags begin a name with I- unless it follows another of its kind.
        var begins = tag[0] == 'B' || (iob1 && (sentence.Count == 0 || sentence[sentence.Count - 1].Kind != kind));
        return new AnnotatedWord(text, kind, begins);
    }

    private static void Flush(NerDocument? document, ref List<AnnotatedWord> sentence)
    {
        if (sentence.Count > 0)
        {
            document?.Sentences.Add(sentence);
            sentence = new List<AnnotatedWord>();
        }
    }
}
