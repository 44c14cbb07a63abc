using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Corrections;

/// <summary>
/// Finds what a correction names in the article's text, so that what it adds (a mention, a quote) is an exact
/// span of the original file. Names are matched exactly and as whole words ("Corbyn" is not in "Corbynism");
/// a quote's words may be broken over lines differently than the correction writes them.
/// </summary>
internal static class TextSearch
{
    /// <summary>Where <paramref name="name"/> stands as whole words inside the <paramref name="regions"/> (sorted spans of the text).</summary>
    public static List<TextSpan> Occurrences(string text, string name, IReadOnlyList<TextSpan> regions)
    {
        var found = new List<TextSpan>();
        foreach (var region in regions)
        {
            var at = region.Start;
            while (at <= region.End - name.Length && (at = text.IndexOf(name, at, region.End - at, StringComparison.Ordinal)) >= 0)
            {
                if (IsWordBounded(text, at, name.Length))
                {
                    found.Add(new TextSpan(at, name.Length));
                }

                at++;
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="name"/> stands at <paramref name="at"/> as whole words.</summary>
    public static bool IsNameAt(string text, int at, string name) =>
        at + name.Length <= text.Length && string.CompareOrdinal(text, at, name, 0, name.Length) == 0 && IsWordBounded(text, at, name.Length);

    /// <summary>
    /// The first place inside the <paramref name="regions"/> where <paramref name="phrase"/> stands, any run of white
    /// space in it matching any run of white space (line breaks included) in the text; null when it is nowhere.
    /// </summary>
    public static TextSpan? FindPhrase(string text, string phrase, IReadOnlyList<TextSpan> regions)
    {
        var words = Words(phrase);
        if (words.Count == 0)
        {
            return null;
        }

        foreach (var region in regions)
        {
            var at = region.Start;
            while (at < region.End && (at = text.IndexOf(words[0], at, region.End - at, StringComparison.Ordinal)) >= 0)
            {
                if (MatchWords(text, at, region.End, words) is { } end)
                {
                    return new TextSpan(at, end - at);
                }

                at++;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="quote"/> opens with the words of <paramref name="opening"/>, white space compared as white space.</summary>
    public static bool OpensWith(string quote, string opening)
    {
        var words = Words(opening);
        var start = 0;
        while (start < quote.Length && char.IsWhiteSpace(quote[start]))
        {
            start++;
        }

        return words.Count > 0 && MatchWords(quote, start, quote.Length, words) is not null;
    }

    /// <summary>The text's words: its runs of characters that are not white space.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(text.Substring(start, i - start));
            }
        }

        return words;
    }

    // The end of the words matched from at (white space between them), or null.
    private static int? MatchWords(string text, int at, int limit, List<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (w > 0)
            {
                var gap = at;
                while (at < limit && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }

                if (at == gap)
                {
                    return null;
                }
            }

            var word = words[w];
            if (at + word.Length > limit || string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            {
                return null;
            }

            at += word.Length;
        }

        return at;
    }

    private static bool IsWordBounded(string text, int at, int length) =>
        (at == 0 || !IsWordChar(text[at - 1]) || !IsWordChar(text[at]))
        && (at + length >= text.Length || !IsWordChar(text[at + length]) || !IsWordChar(text[at + length - 1]));

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
