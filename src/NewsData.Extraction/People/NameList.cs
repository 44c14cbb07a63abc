using System;
using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.People;

/// <summary>
/// Splits a list of people as bylines and credits print it ("A, B and C", "A &amp; B", "A in Moscow and agencies")
/// into names, dropping job titles, places and lower-case remarks.
/// </summary>
internal static class NameList
{
    private static readonly string[] RoleWords =
    {
        "correspondent", "editor", "reporter", "writer", "columnist", "contributor", "analyst", "producer",
        "bureau", "chief", "director", "presenter", "anchor", "fellow", "professor", "special to", "for ",
    };

    private static readonly HashSet<string> Remarks = new(StringComparer.OrdinalIgnoreCase)
    {
        "agencies", "news agencies", "wire services", "wires", "agency", "staff", "staff and agencies", "et al",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "&", "de", "da", "di", "del", "der", "den", "van", "von", "la", "le", "du", "bin", "al", "el", "y", "ibn", "st",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "then", "now", "late", "early", "end", "mid", "way", "far", "law",
        "contrast", "comparison", "default", "design", "chance", "accident", "virtue", "means", "night", "day", "noon",
        "midnight", "train", "car", "air", "land", "sea", "hand", "phone", "email", "mail", "ship", "plane", "all",
    };

    /// <summary>
    /// The names in <paramref name="text"/>, or null when it does not read as a list of names (a sentence
    /// that happens to start with "By", say).
    /// </summary>
    public static List<string>? Parse(string text)
    {
        var names = new List<string>();
        foreach (var piece in SplitList(text))
        {
            var segment = StripPlace(piece.Trim().Trim(',', ';', '.', ':').Trim());
            if (segment.Length == 0)
            {
                continue;
            }

            if (!char.IsUpper(segment[0]) || Remarks.Contains(segment))
            {
                // "and agencies", "AND AGENCIES", "with additional reporting": remarks, not names.
                continue;
            }

            if (IsRole(segment) && names.Count > 0)
            {
                continue;
            }

            if (!LooksLikeName(segment))
            {
                return null;
            }

            names.Add(NameCase.Normalize(segment));
        }

        return names.Count > 0 ? names : null;
    }

    private static IEnumerable<string> SplitList(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var separatorLength = text[i] is ',' or ';' or '&' ? 1
                : IsWordAt(text, i, "and") ? 3
                : 0;
            if (separatorLength == 0)
            {
                continue;
            }

            yield return text.Substring(start, i - start);
            start = i + separatorLength;
            i = start - 1;
        }

        yield return text.Substring(start);
    }

    private static bool IsWordAt(string text, int i, string word) =>
        i > 0 && TextChars.IsBlank(text[i - 1]) && i + word.Length < text.Length && TextChars.IsBlank(text[i + word.Length])
        && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>"Andrew Roth in Moscow" → "Andrew Roth".</summary>
    private static string StripPlace(string segment)
    {
        var at = segment.IndexOf(" in ", StringComparison.Ordinal);
        return at > 0 && at + 4 < segment.Length && char.IsUpper(segment[at + 4]) ? segment.Substring(0, at).Trim() : segment;
    }

    private static bool IsRole(string segment)
    {
        var lower = AsciiCase.ToLower(segment);
        foreach (var role in RoleWords)
        {
            if (lower.Contains(role))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeName(string segment)
    {
        var words = Words.Split(segment);
        if (words.Count == 0 || words.Count > 6 || NotNames.Contains(words[0].TrimEnd(',', '.')))
        {
            return false;
        }

        if (Dates.DateVocabulary.IsWeekday(words[0]) || Dates.DateVocabulary.TryMonth(words[0], out _))
        {
            return false;
        }

        foreach (var word in words)
        {
            var first = word[0];
            if (Connectors.Contains(word) || char.IsUpper(first) || (first is '\'' or '\u2019' && word.Length > 1))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
