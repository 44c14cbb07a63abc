using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Dates;

internal enum DateTokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>A run of letters, a run of digits, or one other visible character.</summary>
internal readonly struct DateToken
{
    public DateToken(DateTokenKind kind, int start, int length, bool spaceBefore)
    {
        Kind = kind;
        Start = start;
        Length = length;
        SpaceBefore = spaceBefore;
    }

    public DateTokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>Whether white space separates this token from the previous one.</summary>
    public bool SpaceBefore { get; }

    public static List<DateToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<DateToken>();
        var space = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (TextChars.IsBlank(c))
            {
                space = true;
                i++;
                continue;
            }

            var tokenStart = i;
            DateTokenKind kind;
            if (char.IsLetter(c))
            {
                kind = DateTokenKind.Word;
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
            else if (TextChars.IsAsciiDigit(c))
            {
                kind = DateTokenKind.Number;
                while (i < end && TextChars.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                // "Nov 15, 20195:45 AM": scrapes glue a year to the time printed after it. A run of five
                // or six digits before a colon that starts with a year is the year and the hour.
                if (i - tokenStart is 5 or 6 && i < end && text[i] == ':' && IsYearStart(text, tokenStart))
                {
                    tokens.Add(new DateToken(kind, tokenStart, 4, space));
                    tokens.Add(new DateToken(kind, tokenStart + 4, i - tokenStart - 4, true));
                    space = false;
                    continue;
                }
            }
            else
            {
                kind = DateTokenKind.Symbol;
                i++;
            }

            tokens.Add(new DateToken(kind, tokenStart, i - tokenStart, space));
            space = false;
        }

        return tokens;
    }

    /// <summary>Whether four digits at <paramref name="start"/> read as a year from 1900 to 2199.</summary>
    public static bool IsYearStart(string text, int start) =>
        (text[start] == '1' && text[start + 1] == '9') || (text[start] == '2' && text[start + 1] is '0' or '1');
}
