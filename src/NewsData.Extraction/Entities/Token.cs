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
/// allocation. 16 bytes: the lexeme, the start, and one word holding the sentence, the kind and the
/// facts. The end is not stored: a token's text is its lexeme's, so it ends that many characters on.
/// </remarks>
internal readonly struct Token
{
    private const int SentenceShift = 8;

    /// <summary>Sentences past this index in one segment (only in text no one would write) share it.</summary>
    private const uint LastSentence = (1u << (32 - SentenceShift)) - 1;

    private readonly uint _packed;

    public Token(TokenKind kind, int start, Lexeme lexeme, bool sentenceStart, int sentence, bool startsGazetteerPhrase)
    {
        Start = start;
        Lexeme = lexeme;

        // Copied out of the lexeme: the recognisers ask these of every token, and a few bits hold them.
        var facts = (sentenceStart ? Facts.SentenceStart : 0)
            | (kind == TokenKind.Word && lexeme.StartsUpper ? Facts.Capitalized : 0)
            | (kind == TokenKind.Word && lexeme.IsAllCapsShape ? Facts.AllCaps : 0)
            | (startsGazetteerPhrase ? Facts.StartsGazetteerPhrase : 0);
        _packed = (System.Math.Min((uint)sentence, LastSentence) << SentenceShift) | ((uint)kind << 4) | (uint)facts;
    }

    [System.Flags]
    private enum Facts : byte
    {
        SentenceStart = 1,
        Capitalized = 2,
        AllCaps = 4,
        StartsGazetteerPhrase = 8,
    }

    public TokenKind Kind => (TokenKind)((_packed >> 4) & 3);

    public int Start { get; }

    public int End => Start + Lexeme.Text.Length;

    /// <summary>The word as spelled, shared with every other token spelled the same way.</summary>
    public Lexeme Lexeme { get; }

    public string Text => Lexeme.Text;

    /// <summary>The first word of a sentence: its capital letter says nothing about it being a name.</summary>
    public bool SentenceStart => (_packed & (uint)Facts.SentenceStart) != 0;

    /// <summary>Index of the sentence this token belongs to within its segment.</summary>
    public int Sentence => (int)(_packed >> SentenceShift);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => (_packed & (uint)Facts.Capitalized) != 0;

    public bool IsAllCaps => (_packed & (uint)Facts.AllCaps) != 0;

    /// <summary>A word some gazetteer phrase starts with (set when the tokenizer was asked to look).</summary>
    public bool StartsGazetteerPhrase => (_packed & (uint)Facts.StartsGazetteerPhrase) != 0;

    // The length first, inline: sentence scans ask this of every token ("according"), and almost every
    // token differs in length, which the call into string.Equals would find out only after its own checks.
    public bool Is(string text) => Text.Length == text.Length && string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
