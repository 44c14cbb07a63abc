namespace NewsData.Extraction.Text;

/// <summary>
/// One line of the source, trimmed of surrounding white space and invisible characters.
/// <see cref="Start"/> and <see cref="Length"/> point into the original text, so every value
/// taken from a line keeps an exact position in the file.
/// </summary>
internal readonly struct SourceLine
{
    public SourceLine(int number, int start, int length)
    {
        Number = number;
        Start = start;
        Length = length;
    }

    /// <summary>Zero-based line number.</summary>
    public int Number { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool IsBlank => Length == 0;

    public NewsData.TextSpan Span => new(Start, Length);
}
