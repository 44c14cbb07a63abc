using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>
/// What a line looks like, measured in one pass over its first words: length, case pattern, how it
/// starts and ends, and how much of it is grammar (function words) or furniture vocabulary. The line
/// model's features are read from these numbers.
/// </summary>
internal readonly struct LineShape
{
    /// <summary>Ratios are read from this many words; a paragraph is prose long before its end.</summary>
    public const int MaxWords = 80;

    public LineShape(int words, int chars, int capitalized, int allCaps, int functionWords, int furnitureWords,
        int innerSentences, int commas, int digits, int letters, int separators, LineEnd end, LineStart start)
    {
        Words = words;
        Chars = chars;
        Capitalized = capitalized;
        AllCaps = allCaps;
        FunctionWords = functionWords;
        FurnitureWords = furnitureWords;
        InnerSentences = innerSentences;
        Commas = commas;
        Digits = digits;
        Letters = letters;
        Separators = separators;
        End = end;
        Start = start;
    }

    /// <summary>Words read, at most <see cref="MaxWords"/> + 1 (a longer line stops there).</summary>
    public int Words { get; }

    public int Chars { get; }

    public int Capitalized { get; }

    public int AllCaps { get; }

    public int FunctionWords { get; }

    public int FurnitureWords { get; }

    /// <summary>Sentence ends followed by a capitalised word inside the line ("… said. The …").</summary>
    public int InnerSentences { get; }

    public int Commas { get; }

    public int Digits { get; }

    public int Letters { get; }

    /// <summary>Menu separators: '|', bullets, middle dots.</summary>
    public int Separators { get; }

    public LineEnd End { get; }

    public LineStart Start { get; }

    public static LineShape Measure(string text)
    {
        int words = 0, capitalized = 0, allCaps = 0, function = 0, furniture = 0, inner = 0, commas = 0, digits = 0, letters = 0, separators = 0;
        var i = 0;
        var n = text.Length;
        var previousEndedSentence = false;
        while (i < n && words <= MaxWords)
        {
            while (i < n && TextChars.IsBlank(text[i]))
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            var wordStart = i;
            int upper = 0, lower = 0;
            while (i < n && !TextChars.IsBlank(text[i]))
            {
                var c = text[i];
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsUpper(c))
                    {
                        upper++;
                    }
                    else if (char.IsLower(c))
                    {
                        lower++;
                    }
                }
                else if (c is >= '0' and <= '9')
                {
                    digits++;
                }
                else if (c == ',')
                {
                    commas++;
                }
                else if (c is '|' or '\u2022' or '\u00B7')
                {
                    separators++;
                }

                i++;
            }

            if (upper + lower == 0 && !HasDigit(text, wordStart, i))
            {
                previousEndedSentence = false;
                continue; // punctuation alone ("-", "|") is not a word
            }

            words++;
            var first = FirstLetter(text, wordStart, i);
            if (first >= 0 && char.IsUpper(text[first]))
            {
                capitalized++;
                if (previousEndedSentence)
                {
                    inner++;
                }
            }

            if (upper >= 2 && lower == 0)
            {
                allCaps++;
            }

            switch (LineVocabulary.Classify(text, wordStart, i - wordStart))
            {
                case LineVocabulary.Function:
                    function++;
                    break;
                case LineVocabulary.Furniture:
                    furniture++;
                    break;
            }

            previousEndedSentence = EndsSentence(text, wordStart, i);
        }

        return new LineShape(words, n, capitalized, allCaps, function, furniture, inner, commas, digits, letters, separators, EndOf(text), StartOf(text));
    }

    private static bool HasDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"said." or "said.”": a word that ends a sentence (an initial such as "J." does too; the count is a hint).</summary>
    private static bool EndsSentence(string text, int start, int end)
    {
        var i = end - 1;
        while (i > start && (TextChars.IsClosingQuote(text[i]) || text[i] is ')'))
        {
            i--;
        }

        return i > start + 1 && TextChars.IsSentenceEnd(text[i]);
    }

    private static LineEnd EndOf(string text)
    {
        var i = text.Length - 1;
        if (i < 0)
        {
            return LineEnd.Other;
        }

        var last = text[i];
        if (TextChars.EndsLikeSentence(text))
        {
            return LineEnd.Sentence;
        }

        if (last == ':')
        {
            return LineEnd.Colon;
        }

        if (last is ',' or ';')
        {
            return LineEnd.Comma;
        }

        if (char.IsLetterOrDigit(last))
        {
            return LineEnd.Word;
        }

        return last is ')' or ']' || TextChars.IsClosingQuote(last) ? LineEnd.Bracket : LineEnd.Other;
    }

    private static LineStart StartOf(string text)
    {
        if (text.Length == 0)
        {
            return LineStart.Other;
        }

        var c = text[0];
        return char.IsUpper(c) ? LineStart.Upper
            : char.IsLower(c) ? LineStart.Lower
            : char.IsDigit(c) ? LineStart.Digit
            : TextChars.IsOpeningQuote(c) || c is '(' or '[' ? LineStart.Quote
            : char.IsLetter(c) ? LineStart.Caseless
            : LineStart.Other;
    }
}

internal enum LineEnd
{
    Sentence,
    Colon,
    Comma,
    Word,
    Bracket,
    Other,
}

internal enum LineStart
{
    Upper,
    Lower,
    Digit,
    Quote,

    /// <summary>A letter without case (CJK, Arabic, Hebrew…).</summary>
    Caseless,
    Other,
}
