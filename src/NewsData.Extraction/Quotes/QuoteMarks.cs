using System.Collections.Generic;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// One stretch of quoted text: its opening mark at <see cref="Open"/>, its words in
/// [<see cref="ContentStart"/>, <see cref="ContentEnd"/>), and <see cref="End"/> just after its
/// closing mark (or the paragraph's end when <see cref="Closed"/> is false).
/// </summary>
internal readonly record struct QuotedSpan(int Open, int ContentStart, int ContentEnd, int End, bool Closed)
{
    public bool Contains(int position) => Open <= position && position < End;
}

/// <summary>
/// Finds quoted stretches in one paragraph, in every style the scrapes use: “ ”, „ “, « », straight
/// " pairs, doubled apostrophes '' '' (some archives), and single ‘ ’ or ' ' quotes. A double quote
/// still open at the end of the paragraph ends there, so an odd mark never shifts the quotes of later
/// paragraphs; a single mark that never closes is an apostrophe, not a quote. Marks inside a quote
/// (a quote within the quote) belong to it. Scrapes mix styles, so a curly opening mark may close
/// with a straight one and the other way round.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>A single-quoted stretch longer than this is two apostrophes, not a quote.</summary>
    private const int LongestSingleQuote = 400;

    // The characters a quote can open with. Most of a paragraph is outside quotes: the runtime's
    // vectorised search jumps from one candidate to the next instead of looking at every character.
    private static readonly char[] Openers = { '\u201C', '\u201E', '\u00AB', '"', '\u2018', '\'' };

    public static List<QuotedSpan> Find(string text, int start, int end)
    {
        var result = new List<QuotedSpan>();
        for (var i = start; i < end;)
        {
            i = text.IndexOfAny(Openers, i, end - i);
            if (i < 0)
            {
                break;
            }

            var markLength = OpeningLength(text, i, start, end);
            if (markLength == 0)
            {
                i++;
                continue;
            }

            var contentStart = i + markLength;
            var (close, closeLength) = FindClose(text, i, contentStart, end);
            if (close < 0)
            {
                if (IsSingle(text, i, markLength))
                {
                    i++; // an apostrophe after all
                    continue;
                }

                if (end - contentStart > 1)
                {
                    result.Add(new QuotedSpan(i, contentStart, end, end, Closed: false));
                }

                break;
            }

            result.Add(new QuotedSpan(i, contentStart, close, close + closeLength, Closed: true));
            i = close + closeLength;
        }

        return result;
    }

    /// <summary>How many characters of opening mark stand at <paramref name="i"/> (0: none).</summary>
    private static int OpeningLength(string text, int i, int start, int end)
    {
        if (i + 1 >= end)
        {
            return 0;
        }

        var c = text[i];
        var before = i > start ? text[i - 1] : ' ';
        var next = text[i + 1];
        switch (c)
        {
            case '\u201C' or '\u201E' or '\u00AB':
                return 1;
            case '"':
                // Not an inch mark (5"), not an attribute of markup that leaked into the page (author="…").
                return !char.IsWhiteSpace(next) && !char.IsLetterOrDigit(before) && before != '=' ? 1 : 0;
            case '\'' when next == '\'':
                // Doubled apostrophes as a double quote: ''We all have him on our radar,'' she wrote.
                return i + 2 < end && !char.IsWhiteSpace(text[i + 2]) && !char.IsLetterOrDigit(before) ? 2 : 0;
            case '\'' or '\u2018':
                // A single quote opens before a word and after a space, a bracket, a dash or another mark,
                // never inside a word (don't, Iran's) or before a year ('90s).
                return char.IsLetter(next) && (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or '"' or '\u201C' or ':')
                    ? 1 : 0;
            default:
                return 0;
        }
    }

    private static bool IsSingle(string text, int i, int markLength) => markLength == 1 && text[i] is '\'' or '\u2018';

    /// <summary>The closing mark for the quote opened at <paramref name="open"/>, and its length; (-1, 0) when it stays open.</summary>
    private static (int At, int Length) FindClose(string text, int open, int from, int end)
    {
        var opener = text[open];
        if (opener == '\'' && open + 1 < end && text[open + 1] == '\'')
        {
            var at = text.IndexOf("''", from, end - from, System.StringComparison.Ordinal);
            if (at >= 0 && at + 2 < end && text[at + 2] == '\'')
            {
                at++; // three apostrophes close a quote within the quote, then the quote
            }

            return at < 0 ? (-1, 0) : (at, 2);
        }

        if (opener is '\'' or '\u2018')
        {
            return FindSingleClose(text, opener == '\'' ? '\'' : '\u2019', from, System.Math.Min(end, from + LongestSingleQuote), end);
        }

        for (var i = from; i < end; i++)
        {
            var c = text[i];
            var closes = opener switch
            {
                '\u00AB' => c == '\u00BB',
                '\u201E' => c is '\u201C' or '\u201D',
                _ => c is '\u201D' or '"' || (c == '\u201C' && i > from && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]))),
            };

            if (closes)
            {
                return (i, 1);
            }
        }

        return (-1, 0);
    }

    /// <summary>
    /// A single quote closes at a mark after a word or punctuation that no letter follows: not the
    /// apostrophe of "don't" or "Iran's". A plural possessive ("voters' rights") closes only when no
    /// better close follows.
    /// </summary>
    private static (int At, int Length) FindSingleClose(string text, char closer, int from, int limit, int end)
    {
        var possessive = -1;
        for (var i = text.IndexOf(closer, from, limit - from); i >= 0 && i < limit; i = i + 1 < limit ? text.IndexOf(closer, i + 1, limit - i - 1) : -1)
        {
            var before = text[i - 1];
            var after = i + 1 < end ? text[i + 1] : ' ';
            if (char.IsLetter(after) || char.IsWhiteSpace(before) || i == from)
            {
                continue;
            }

            if (before == 's' && after == ' ' && i + 2 < end && char.IsLetter(text[i + 2]))
            {
                possessive = possessive < 0 ? i : possessive;
                continue;
            }

            return (i, 1);
        }

        return possessive >= 0 ? (possessive, 1) : (-1, 0);
    }
}
