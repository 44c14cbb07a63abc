using System.Collections.Generic;

namespace NewsData.Extraction.Quotes;

/// <summary>One stretch of quoted text: where its marks stand and where its words are.</summary>
internal sealed record QuotedSpan(int Open, int Close, int ContentStart, int ContentEnd, bool ClosedInSegment);

/// <summary>
/// Finds quoted stretches in one paragraph: “ ”, „ “, « », and straight " pairs; single ‘ ’ only where
/// asked (headlines use them for quotes, body text for apostrophes). A quote still open at the end of
/// the paragraph ends there, so an odd mark never shifts the quotes of later paragraphs.
/// </summary>
internal static class QuoteMarks
{
    public static List<QuotedSpan> Find(string text, int start, int end, bool singleQuotes)
    {
        // Most of a paragraph is outside quotes: the runtime's vectorised search jumps to the next
        // mark that may open one, and inside a quote to the next closing mark, instead of looking at
        // every character. Each mark it finds gets the same tests as before.
        var openers = singleQuotes ? OpenersWithSingle : Openers;
        var result = new List<QuotedSpan>();
        var open = -1;
        var closer = '\0';
        for (var i = start; i < end; i++)
        {
            if (open < 0)
            {
                i = text.IndexOfAny(openers, i, end - i);
                if (i < 0)
                {
                    break;
                }

                var expected = Closer(text, i, start, end, singleQuotes);
                if (expected != '\0')
                {
                    open = i;
                    closer = expected;
                }

                continue;
            }

            i = text.IndexOf(closer, i, end - i);
            if (i < 0)
            {
                break;
            }

            if (closer != '\u2019' || IsSingleClose(text, i, end))
            {
                result.Add(new QuotedSpan(open, i, open + 1, i, true));
                open = -1;
            }
        }

        if (open >= 0 && end - open > 2)
        {
            result.Add(new QuotedSpan(open, end, open + 1, end, false));
        }

        return result;
    }

    // The characters Closer can answer for: the opening marks.
    private static readonly char[] Openers = { '\u201C', '\u201E', '\u00AB', '"' };
    private static readonly char[] OpenersWithSingle = { '\u201C', '\u201E', '\u00AB', '"', '\u2018' };

    private static char Closer(string text, int i, int start, int end, bool singleQuotes)
    {
        switch (text[i])
        {
            case '\u201C': return '\u201D';
            case '\u201E': return '\u201C';
            case '\u00AB': return '\u00BB';
            case '"': return i + 1 < end && !char.IsWhiteSpace(text[i + 1]) ? '"' : '\0';
            case '\u2018' when singleQuotes && (i == start || !char.IsLetterOrDigit(text[i - 1])): return '\u2019';
            default: return '\0';
        }
    }

    private static bool IsSingleClose(string text, int i, int end) => i + 1 >= end || !char.IsLetter(text[i + 1]);
}
