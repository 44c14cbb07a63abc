namespace NewsData.Extraction.Text;

/// <summary>
/// Invariant lower- and upper-casing with an ASCII fast path. On Linux the runtime hands any string
/// with a character above 0x7F to ICU, and news text is full of curly quotes and dashes, so plain
/// <c>ToLowerInvariant</c> cost about a fifth of extraction time. Only strings with non-ASCII
/// letters still go to the runtime, so results are identical.
/// </summary>
internal static class AsciiCase
{
    public static char ToLower(char c) =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.IsLetter(c) ? char.ToLowerInvariant(c) : c;

    public static string ToLower(string value)
    {
        var i = 0;
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= 'A' and <= 'Z')
            {
                break;
            }

            if (c >= 128 && char.IsLetter(c))
            {
                return value.ToLowerInvariant();
            }
        }

        if (i == value.Length)
        {
            return value;
        }

        var chars = Buffer(value);
        for (; i < value.Length; i++)
        {
            var c = chars[i];
            if (c is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(c | 0x20);
            }
            else if (c >= 128 && char.IsLetter(c))
            {
                return value.ToLowerInvariant();
            }
        }

        return new string(chars, 0, value.Length);
    }

    public static string ToUpper(string value)
    {
        var chars = Buffer(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = chars[i];
            if (c is >= 'a' and <= 'z')
            {
                chars[i] = (char)(c & ~0x20);
            }
            else if (c >= 128 && char.IsLetter(c))
            {
                return value.ToUpperInvariant();
            }
        }

        return new string(chars, 0, value.Length);
    }

    // One scratch buffer per thread holds the copy being cased, so only the result string is allocated
    // (ToCharArray allocated a second copy for every call; casing runs for every name and caption).
    [System.ThreadStatic]
    private static char[]? _buffer;

    private static char[] Buffer(string value)
    {
        if (value.Length > 4096)
        {
            return value.ToCharArray(); // rare (whole lines at most): not worth keeping a large buffer alive
        }

        var buffer = _buffer;
        if (buffer is null || buffer.Length < value.Length)
        {
            _buffer = buffer = new char[System.Math.Max(value.Length, 256)];
        }

        value.CopyTo(0, buffer, 0, value.Length);
        return buffer;
    }
}
