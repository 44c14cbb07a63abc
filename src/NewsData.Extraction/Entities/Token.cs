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
    private readonly Facts _facts;

    public Token(TokenKind kind, int start, int end, Lexeme lexeme, bool sentenceStart, int sentence, bool startsGazetteerPhrase)
    {
        Kind = kind;
        Start = start;
        End = end;
        Lexeme = lexeme;
        Sentence = sentence;

        // Copied out of the lexeme: the recognisers ask these of every token, and one byte holds them.
        _facts = (sentenceStart ? Facts.SentenceStart : 0)
            | (kind == TokenKind.Word && lexeme.StartsUpper ? Facts.Capitalized : 0)
            | (kind == TokenKind.Word && lexeme.IsAllCapsShape ? Facts.AllCaps : 0)
            | (startsGazetteerPhrase ? Facts.StartsGazetteerPhrase : 0);
    }

    [System.Flags]
    private enum Facts : byte
    {
        SentenceStart = 1,
        Capitalized = 2,
        AllCaps = 4,
        StartsGazetteerPhrase = 8,
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The word as spelled, shared with every other token spelled the same way.</summary>
    public Lexeme Lexeme { get; }

    public string Text => Lexeme.Text;

    /// <summary>The first word of a sentence: its capital letter says nothing about it being a name.</summary>
    public bool SentenceStart => (_facts & Facts.SentenceStart) != 0;

    /// <summary>Index of the sentence this token belongs to within its segment.</summary>
    public int Sentence { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => (_facts & Facts.Capitalized) != 0;

    public bool IsAllCaps => (_facts & Facts.AllCaps) != 0;

    /// <summary>A word some gazetteer phrase starts with (set when the tokenizer was asked to look).</summary>
    public bool StartsGazetteerPhrase => (_facts & Facts.StartsGazetteerPhrase) != 0;

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
