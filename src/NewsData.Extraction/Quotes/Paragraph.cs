using System.Collections.Generic;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Quotes;

/// <summary>A paragraph (or headline, or caption) as the quote stage reads it.</summary>
internal sealed record Paragraph(Segment Segment, List<Token> Tokens, List<QuotedSpan> Quoted)
{
    /// <summary>Whether the token at <paramref name="i"/> is inside one of the paragraph's quotes (its marks included).</summary>
    public bool IsQuoted(int i) => SpanContaining(Tokens[i].Start) is not null;

    /// <summary>
    /// The quote whose marks enclose <paramref name="position"/>, if any. The quotes are in text order and
    /// never overlap, so a binary search finds it: a paragraph of 2,000 quotes stays linear.
    /// </summary>
    public QuotedSpan? SpanContaining(int position)
    {
        int low = 0, high = Quoted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Quoted[middle].Open <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > 0 && Quoted[low - 1].Contains(position) ? Quoted[low - 1] : null;
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/> (tokens are in text order).</summary>
    public static int FirstTokenAtOrAfter(List<Token> tokens, int position)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The first token of the sentence that the token at <paramref name="open"/> stands in, not reaching back into an earlier quote.</summary>
    public int SentenceStartBefore(int open)
    {
        var tokens = Tokens;
        if (open == 0 || open >= tokens.Count || tokens[open - 1].Sentence != tokens[open].Sentence)
        {
            return open;
        }

        var start = open;
        while (start > 0 && tokens[start - 1].Sentence == tokens[open].Sentence && !EndsQuote(tokens[start - 1].Start))
        {
            start--;
        }

        return start;
    }

    /// <summary>The end (exclusive) of the sentence that starts at <paramref name="from"/>, or the next quote's opening mark.</summary>
    public int SentenceEnd(int from)
    {
        var tokens = Tokens;
        if (from >= tokens.Count)
        {
            return from;
        }

        var end = from;
        while (end < tokens.Count && tokens[end].Sentence == tokens[from].Sentence && !OpensQuote(tokens[end].Start))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether a quote's opening mark stands at <paramref name="position"/>.</summary>
    public bool OpensQuote(int position) => SpanContaining(position) is { } span && span.Open == position;

    /// <summary>Whether a closed quote's closing mark ends at <paramref name="position"/>.</summary>
    public bool EndsQuote(int position) => SpanContaining(position) is { Closed: true } span && span.End - 1 == position;

    /// <summary>Whether only dashes or bullets stand before the token at <paramref name="open"/> in its paragraph.</summary>
    public bool IsParagraphStart(int open)
    {
        for (var i = 0; i < open; i++)
        {
            if (Tokens[i].IsWord || Tokens[i].Kind == TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }
}
