using System.Collections.Generic;

namespace NewsData.Extraction.Corrections;

/// <summary>
/// Which of many corrected names a text spells, in one pass over the text: each name is filed under a hash
/// of its first word, and each word of the text is looked up once, without allocating. A project-wide file
/// may correct hundreds of names, and every article of a corpus is scanned for them.
/// </summary>
internal static class NameScanner
{
    /// <summary>The <see cref="EntityCorrection.Index"/> of each correction whose name stands in <paramref name="text"/> as whole words, ascending.</summary>
    public static List<int> Find(string text, IEnumerable<EntityCorrection> corrections)
    {
        var byFirstWord = new Dictionary<int, List<EntityCorrection>>();
        var others = new List<EntityCorrection>();
        foreach (var correction in corrections)
        {
            var name = correction.Name;
            var length = WordLength(name, 0);
            if (length == 0)
            {
                others.Add(correction); // starts with a sign, not a letter: searched for on its own
                continue;
            }

            var hash = Hash(name, 0, length);
            if (!byFirstWord.TryGetValue(hash, out var list))
            {
                byFirstWord[hash] = list = new List<EntityCorrection>(1);
            }

            list.Add(correction);
        }

        var found = new SortedSet<int>();
        if (byFirstWord.Count > 0)
        {
            var i = 0;
            while (i < text.Length)
            {
                var length = WordLength(text, i);
                if (length == 0)
                {
                    i++;
                    continue;
                }

                if (byFirstWord.TryGetValue(Hash(text, i, length), out var candidates))
                {
                    foreach (var candidate in candidates)
                    {
                        if (!found.Contains(candidate.Index) && TextSearch.IsNameAt(text, i, candidate.Name))
                        {
                            found.Add(candidate.Index);
                        }
                    }
                }

                i += length;
            }
        }

        foreach (var other in others)
        {
            if (text.IndexOf(other.Name, System.StringComparison.Ordinal) is var at && at >= 0 && Spelled(text, other.Name, at))
            {
                found.Add(other.Index);
            }
        }

        return new List<int>(found);
    }

    private static bool Spelled(string text, string name, int at)
    {
        for (; at >= 0; at = text.IndexOf(name, at + 1, System.StringComparison.Ordinal))
        {
            if (TextSearch.IsNameAt(text, at, name))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && TextSearch.IsWordChar(text[end]))
        {
            end++;
        }

        return end - start;
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash;
        }
    }
}
