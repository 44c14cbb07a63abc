namespace NewsData.Extraction.Publishers;

/// <summary>
/// The characters a text has at word starts (the text's start, or after a character that is not a
/// letter or digit), as a set of ASCII characters plus "some other character". Whatever is not in the
/// set cannot start a whole-word occurrence, so a search for it can be skipped.
/// </summary>
internal readonly struct WordStarts
{
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly bool _nonAscii;

    public WordStarts(string text)
    {
        ulong low = 0, high = 0;
        var nonAscii = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            var c = text[i];
            if (c < 64)
            {
                low |= 1UL << c;
            }
            else if (c < 128)
            {
                high |= 1UL << (c - 64);
            }
            else
            {
                nonAscii = true;
            }
        }

        _low = low;
        _high = high;
        _nonAscii = nonAscii;
    }

    /// <summary>False only when no word of the text starts with <paramref name="c"/>.</summary>
    public bool MayStartWith(char c) =>
        c < 64 ? (_low & (1UL << c)) != 0
        : c < 128 ? (_high & (1UL << (c - 64))) != 0
        : _nonAscii;
}
