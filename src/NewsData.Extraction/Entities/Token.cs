namespace NewsData.Extraction.Entities;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark, with its exact position in the source text.</summary>
internal sealed class Token
{
    public Token(TokenKind kind, int start, int end, string text, bool sentenceStart)
    {
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        SentenceStart = sentenceStart;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public string Text { get; }

    /// <summary>The first word of a sentence: its capital letter says nothing about it being a name.</summary>
    public bool SentenceStart { get; }

    /// <summary>Index of the sentence this token belongs to within its segment.</summary>
    public int Sentence { get; set; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word || Text.Length < 2)
            {
                return false;
            }

            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
