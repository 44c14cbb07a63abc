namespace NewsData.Extraction.Entities;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark, with its exact position in the source text.</summary>
/// <remarks>
/// A struct: an article has thousands of tokens, and as objects they were a fifth of extraction's
/// allocation. Copies are cheap (24 bytes), and nothing needs a token's identity.
/// </remarks>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, Lexeme lexeme, bool sentenceStart, int sentence)
    {
        Kind = kind;
        Start = start;
        End = end;
        Lexeme = lexeme;
        SentenceStart = sentenceStart;
        Sentence = sentence;

        // Copied out of the lexeme: the recognisers ask these of every token, and the struct has room.
        IsCapitalized = kind == TokenKind.Word && lexeme.StartsUpper;
        IsAllCaps = kind == TokenKind.Word && lexeme.IsAllCapsShape;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The word as spelled, shared with every other token spelled the same way.</summary>
    public Lexeme Lexeme { get; }

    public string Text => Lexeme.Text;

    /// <summary>The first word of a sentence: its capital letter says nothing about it being a name.</summary>
    public bool SentenceStart { get; }

    /// <summary>Index of the sentence this token belongs to within its segment.</summary>
    public int Sentence { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized { get; }

    public bool IsAllCaps { get; }

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
