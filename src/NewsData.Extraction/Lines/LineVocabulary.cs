using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>
/// The word classes of <c>LineWords.tsv</c> (function words, furniture words), looked up for a word
/// inside a line without copying it: punctuation around the word is skipped and case is folded.
/// </summary>
internal static class LineVocabulary
{
    public const int None = 0;
    public const int Function = 1;
    public const int Furniture = 2;
    public const int Section = 3;

    private const int MaxWordLength = 16;
    private const int Buckets = 1024;

    // Open hashing over folded words: a word inside a line is hashed in place, so measuring a line
    // allocates nothing.
    private static readonly (string Word, int Class)[][] Table = Load();

    public static int Classify(string text, int start, int length) => Classify(text, start, length, out _);

    /// <summary>The word's class, and in <paramref name="hash"/> the folded hash of its letters without the punctuation around them (0 when none).</summary>
    public static int Classify(string text, int start, int length, out int hash)
    {
        hash = 0;
        var end = start + length;
        while (start < end && !char.IsLetter(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        var n = end - start;
        if (n == 0)
        {
            return None;
        }

        hash = Hash(text, start, n);
        if (n > MaxWordLength)
        {
            return None;
        }

        var bucket = Table[hash & (Buckets - 1)];
        if (bucket is null)
        {
            return None;
        }

        foreach (var (word, wordClass) in bucket)
        {
            if (word.Length == n && EqualsFolded(word, text, start))
            {
                return wordClass;
            }
        }

        return None;
    }

    private static bool EqualsFolded(string word, string text, int start)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] != Fold(text[start + i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c < 128 ? AsciiCase.ToLower(c) : char.ToLowerInvariant(c);

    /// <summary>A hash of the word with its case folded (FNV-1a), the same for "Said" and "said".</summary>
    public static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ Fold(text[i])) * 16777619;
            }

            return hash & int.MaxValue;
        }
    }

    private static (string, int)[][] Load()
    {
        var lists = new List<(string, int)>?[Buckets];
        foreach (var row in EmbeddedTable.Rows("NewsData.Extraction.LineWords.tsv"))
        {
            var wordClass = row[0] switch
            {
                "function" => Function,
                "furniture" => Furniture,
                "section" => Section,
                _ => None,
            };

            foreach (var word in EmbeddedTable.Items(row, 1))
            {
                var bucket = Hash(word, 0, word.Length) & (Buckets - 1);
                var list = lists[bucket] ??= new List<(string, int)>();
                if (!list.Exists(entry => entry.Item1 == word))
                {
                    list.Add((word, wordClass));
                }
            }
        }

        var table = new (string, int)[Buckets][];
        for (var i = 0; i < Buckets; i++)
        {
            table[i] = lists[i]?.ToArray()!;
        }

        return table;
    }
}
