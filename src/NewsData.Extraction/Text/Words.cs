using System.Collections.Generic;

namespace NewsData.Extraction.Text;

/// <summary>Word-level measurements of a line, used to tell headlines, menus and sentences apart.</summary>
internal readonly struct Words
{
    private Words(int count, int capitalized, int allCaps, int lowercase)
    {
        Count = count;
        Capitalized = capitalized;
        AllCaps = allCaps;
        Lowercase = lowercase;
    }

    /// <summary>Words: runs of characters separated by white space that contain a letter or digit.</summary>
    public int Count { get; }

    /// <summary>Words whose first letter is upper case (ALL-CAPS words included).</summary>
    public int Capitalized { get; }

    /// <summary>Words of two or more letters that are entirely upper case.</summary>
    public int AllCaps { get; }

    /// <summary>Words whose first letter is lower case.</summary>
    public int Lowercase { get; }

    /// <summary>The share of words that start with a capital, 0 when there are none.</summary>
    public double CapitalizedRatio => Count == 0 ? 0 : (double)Capitalized / Count;

    public static Words Measure(string text) => Measure(text, 0, text.Length);

    public static Words Measure(string text, int start, int length) => Measure(text, start, length, int.MaxValue);

    /// <summary>
    /// The measure of the first <paramref name="maxWords"/> words only: enough to tell that a line is
    /// longer than that without reading the rest of a long paragraph.
    /// </summary>
    public static Words Measure(string text, int start, int length, int maxWords)
    {
        int count = 0, capitalized = 0, allCaps = 0, lowercase = 0;
        var end = start + length;
        var i = start;
        while (i < end && count < maxWords)
        {
            while (i < end && TextChars.IsBlank(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            char firstLetter = '\0';
            int letters = 0, upper = 0;
            var hasAlphanumeric = false;
            while (i < end && !TextChars.IsBlank(text[i]))
            {
                var c = text[i++];
                var kind = c < 128 ? AsciiKinds[c] : KindOf(c);
                if (kind >= Letter)
                {
                    hasAlphanumeric = true;
                    if (firstLetter == '\0')
                    {
                        firstLetter = c;
                    }

                    letters++;
                    if (kind == Upper)
                    {
                        upper++;
                    }
                }
                else if (kind == Digit)
                {
                    hasAlphanumeric = true;
                }
            }

            if (!hasAlphanumeric)
            {
                continue;
            }

            count++;
            if (firstLetter != '\0' && char.IsUpper(firstLetter))
            {
                capitalized++;
            }
            else if (firstLetter != '\0' && char.IsLower(firstLetter))
            {
                lowercase++;
            }

            if (letters >= 2 && upper == letters)
            {
                allCaps++;
            }
        }

        return new Words(count, capitalized, allCaps, lowercase);
    }

    private const byte None = 0;
    private const byte Digit = 1;
    private const byte Letter = 2;
    private const byte Upper = 3;

    // Every line is measured at least once: a table answers for ASCII what char.IsLetter, IsUpper and
    // IsDigit answer one call at a time, with the same result.
    private static readonly byte[] AsciiKinds = CreateAsciiKinds();

    private static byte[] CreateAsciiKinds()
    {
        var kinds = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            kinds[c] = KindOf(c);
        }

        return kinds;
    }

    private static byte KindOf(char c) => char.IsLetter(c) ? (char.IsUpper(c) ? Upper : Letter) : char.IsDigit(c) ? Digit : None;

    /// <summary>Splits on white space, dropping empty pieces.</summary>
    public static List<string> Split(string text)
    {
        var result = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && TextChars.IsBlank(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !TextChars.IsBlank(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                result.Add(text.Substring(start, i - start));
            }
        }

        return result;
    }
}
