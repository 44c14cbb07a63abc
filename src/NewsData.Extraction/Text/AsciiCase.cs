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

        var chars = value.ToCharArray();
        for (; i < chars.Length; i++)
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

        return new string(chars);
    }

    public static string ToUpper(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
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

        return new string(chars);
    }
}
