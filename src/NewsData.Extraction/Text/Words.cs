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
    /// The number of words, counted no further than <paramref name="limit"/>: all a comparison with a
    /// smaller number needs ("more than 40 words" reads 41), without reading the rest of a paragraph.
    /// </summary>
    public static int CountAtMost(string text, int limit) => Measure(text, 0, text.Length, limit).Count;

    /// <inheritdoc cref="CountAtMost(string, int)"/>
    public static int CountAtMost(string text, int start, int length, int limit) => Measure(text, start, length, limit).Count;

    /// <summary>
    /// The measure of the first <paramref name="maxWords"/> words only: enough to tell that a line is
    /// longer than that without reading the rest of a long paragraph.
    /// </summary>
    /// <remarks>
    /// One pass, one table lookup per character, and a word's state in four locals: this reads every
    /// character of every line, and the earlier nested loops kept their counters on the stack. Not
    /// inlined, so that a long caller does not push them there again.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static Words Measure(string text, int start, int length, int maxWords)
    {
        int count = 0, capitalized = 0, allCaps = 0, lowercase = 0;
        if (maxWords <= 0)
        {
            return new Words(0, 0, 0, 0);
        }

        // The word being read: its letters, whether all of them are upper case, the kind of its first
        // letter (None until one is seen), and whether it has a letter or digit at all.
        int letters = 0, firstLetter = None;
        bool allUpper = true, alphanumeric = false;
        var end = start + length;
        var kinds = Kinds;
        for (var i = start; i <= end; i++)
        {
            // The end of the text ends the last word, as a blank would.
            var kind = i == end ? Blank : kinds[text[i]];
            if (kind != Blank)
            {
                if (kind >= Letter)
                {
                    letters++;
                    allUpper &= kind == Upper;
                    firstLetter = firstLetter == None ? kind : firstLetter;
                    alphanumeric = true;
                }
                else
                {
                    alphanumeric |= kind == Digit;
                }

                continue;
            }

            if (alphanumeric)
            {
                count++;
                capitalized += firstLetter == Upper ? 1 : 0;
                lowercase += firstLetter == Lower ? 1 : 0;
                allCaps += letters >= 2 && allUpper ? 1 : 0;
                if (count >= maxWords)
                {
                    break;
                }
            }

            letters = 0;
            firstLetter = None;
            allUpper = true;
            alphanumeric = false;
        }

        return new Words(count, capitalized, allCaps, lowercase);
    }

    private const byte None = 0;
    private const byte Digit = 1;
    private const byte Blank = 2;

    /// <summary>A letter that is neither upper nor lower case (a title-case digraph, most scripts without case).</summary>
    private const byte Letter = 3;
    private const byte Lower = 4;
    private const byte Upper = 5;

    // What TextChars.IsBlank, char.IsLetter, IsUpper, IsLower and IsDigit say of each UTF-16 code unit,
    // with the same result: 64 KB built once, so that the loop makes no call, and so keeps its
    // counters in registers (with a call for non-ASCII characters they went to the stack).
    private static readonly byte[] Kinds = CreateKinds();

    private static byte[] CreateKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            kinds[c] = KindOf((char)c);
        }

        return kinds;
    }

    private static byte KindOf(char c) =>
        TextChars.IsBlank(c) ? Blank
        : char.IsLetter(c) ? (char.IsUpper(c) ? Upper : char.IsLower(c) ? Lower : Letter)
        : char.IsDigit(c) ? Digit
        : None;

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
