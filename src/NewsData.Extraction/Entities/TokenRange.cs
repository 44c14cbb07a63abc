using System.Collections.Generic;

namespace NewsData.Extraction.Entities;

/// <summary>
/// A run of a segment's tokens, such as one sentence or the window around a quote, read in place:
/// copying each into a list of its own was the quote finder's largest allocation.
/// </summary>
internal readonly struct TokenRange
{
    private readonly List<Token> _tokens;
    private readonly int _offset;

    public TokenRange(List<Token> tokens, int offset, int count)
    {
        _tokens = tokens;
        _offset = offset;
        Count = count;
    }

    public int Count { get; }

    public Token this[int index] => _tokens[_offset + index];

    public static TokenRange All(List<Token> tokens) => new(tokens, 0, tokens.Count);

    /// <summary>The tokens from <paramref name="start"/> on; empty past the end, like LINQ's Skip.</summary>
    public TokenRange Slice(int start) => Slice(start, Count);

    /// <summary>At most <paramref name="count"/> tokens from <paramref name="start"/>, like Skip then Take.</summary>
    public TokenRange Slice(int start, int count)
    {
        start = start < 0 ? 0 : start > Count ? Count : start;
        count = count < 0 ? 0 : count > Count - start ? Count - start : count;
        return new TokenRange(_tokens, _offset + start, count);
    }

    /// <summary>The tokens of sentence <paramref name="sentence"/>: one run, since tokens come in sentence order.</summary>
    public TokenRange InSentence(int sentence)
    {
        var first = 0;
        while (first < Count && this[first].Sentence != sentence)
        {
            first++;
        }

        var end = first;
        while (end < Count && this[end].Sentence == sentence)
        {
            end++;
        }

        return Slice(first, end - first);
    }
}
