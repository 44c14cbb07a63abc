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
        "bureau", "chief", "director", "presenter", "anchor", "fellow", "professor", "special to", "for ", "curator",
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
    /// How much of <paramref name="text"/> is the list of names, before what scrapes glue to a byline:
    /// a handle or address ("Chris Pokorny@DawgsByNature", "Megan Rowe meganr@…"), a telephone number,
    /// or a job title joined without a space ("Meg JamesStaff Writer", "Marcus De GuzmanView More Articles").
    /// </summary>
    public static int CleanLength(string text)
    {
        var end = text.Length;
        var wordStart = 0;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (TextChars.IsBlank(c))
            {
                wordStart = i + 1;
                continue;
            }

            if (c == '@' || (c == '(' && i + 1 < end && char.IsDigit(text[i + 1])))
            {
                // The whole word that holds the handle goes, unless the handle is glued to the name itself.
                return i > wordStart && char.IsUpper(text[wordStart]) && char.IsLower(text[i - 1]) && c == '@' && IsGluedHandle(text, wordStart, i) ? i : wordStart;
            }

            if (i > wordStart && char.IsUpper(c) && char.IsLower(text[i - 1]) && GluedTitleFollows(text, i))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>"Natasha Turak@NatashaTurak": a handle right after a capitalised word is glued to the name.</summary>
    private static bool IsGluedHandle(string text, int wordStart, int at) => at - wordStart >= 2;

    /// <summary>What follows a glue point is a job title ("Staff Writer") or link text ("View More Articles"), not more of a name ("McDonald").</summary>
    private static bool GluedTitleFollows(string text, int at)
    {
        var rest = text.Substring(at);
        var separator = rest.IndexOfAny(new[] { ',', '|', ';' });
        var piece = separator < 0 ? rest : rest.Substring(0, separator);
        var firstWord = piece.IndexOf(' ');
        return IsRole(piece) || Lines.LineVocabulary.Classify(piece, 0, firstWord < 0 ? piece.Length : firstWord) == Lines.LineVocabulary.Furniture;
    }

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

            if (names.Count > 0 && IsCredential(segment))
            {
                continue; // "Ilana Muhlstein, MS, RDN": letters after a name are not another person
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

    /// <summary>One short word in capitals: "MS", "RDN", "PhD".</summary>
    private static bool IsCredential(string segment) =>
        segment.Length <= 4 && segment.IndexOf(' ') < 0 && Words.Measure(segment).Lowercase == 0 || segment is "PhD" or "MD";

    public static bool IsRole(string segment)
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
