using System.Collections.Generic;

namespace NewsData.Extraction.Entities;

/// <summary>
/// A run of a segment's tokens, such as one sentence, read in place: copying every sentence into a
/// list of its own was the quote finder's largest allocation.
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

    /// <summary>A copy of <paramref name="count"/> tokens from <paramref name="index"/>, for code that keeps them.</summary>
    public List<Token> GetRange(int index, int count) => _tokens.GetRange(_offset + index, count);
}
