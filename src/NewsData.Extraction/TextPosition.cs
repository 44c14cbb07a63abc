namespace NewsData.Extraction;

/// <summary>Zero-based line and column of an offset, counting line breaks as the compiler does (CRLF, CR, LF, NEL, LS, PS).</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public static TextPosition Of(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TextPosition(line, offset - lineStart);
    }
}
