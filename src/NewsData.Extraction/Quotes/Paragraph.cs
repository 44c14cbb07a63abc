using System.Collections.Generic;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Quotes;

/// <summary>A paragraph (or headline, or caption) as the quote stage reads it.</summary>
internal sealed record Paragraph(Segment Segment, List<Token> Tokens, List<QuotedSpan> Quoted)
{
    /// <summary>Whether the token at <paramref name="i"/> is inside one of the paragraph's quotes (its marks included).</summary>
    public bool IsQuoted(int i)
    {
        foreach (var span in Quoted)
        {
            if (span.Contains(Tokens[i].Start))
            {
                return true;
            }
        }

        return false;
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

    public bool OpensQuote(int position)
    {
        foreach (var span in Quoted)
        {
            if (span.Open == position)
            {
                return true;
            }
        }

        return false;
    }

    public bool EndsQuote(int position)
    {
        foreach (var span in Quoted)
        {
            if (span.Closed && span.End - 1 == position)
            {
                return true;
            }
        }

        return false;
    }

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
