using NewsData.Extraction.Text;
using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Dates;

/// <summary>
/// Finds calendar dates (and a following or preceding time of day) in free text. Works on tokens,
/// trying a fixed set of shapes at each position, so it is linear in the input and never backtracks:
/// ISO 8601 (2022-02-24T21:30+03:00), month first (February 24, 2022; Feb. 24 2022),
/// day first (24 February 2022; 24th of Feb 2022) and numeric day-first (24/02/2022, 24.02.2022;
/// month-first only when the day could not be a month: 02/24/2022).
/// </summary>
internal static class DateParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2199;

    /// <summary>The first complete date (day, month and year) in <c>text[start..end)</c>.</summary>
    /// <remarks>
    /// Every shape needs a four-digit year, so text without a run of exactly four ASCII digits is
    /// answered before tokenizing: most lines the classifier asks about have none.
    /// </remarks>
    public static DateMatch? Find(string text, int start, int end) =>
        HasFourDigitRun(text, start, end) ? Find(text, DateToken.Tokenize(text, start, end)) : null;

    private static bool HasFourDigitRun(string text, int start, int end)
    {
        var run = 0;
        for (var i = start; i < end; i++)
        {
            if (TextChars.IsAsciiDigit(text[i]))
            {
                run++;
            }
            else
            {
                if (run == 4 || (run is 5 or 6 && text[i] == ':' && DateToken.IsYearStart(text, i - run)))
                {
                    return true;
                }

                run = 0;
            }
        }

        return run == 4;
    }

    public static DateMatch? Find(string text, List<DateToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryDateAt(text, tokens, i, out var date, out var next))
            {
                var first = i;
                var time = TryTimeAfter(text, tokens, ref next, out var offset);
                if (time is null)
                {
                    time = TryTimeBefore(text, tokens, i, out offset, out first);
                }

                return new DateMatch(date, time, offset, tokens[first].Start, tokens[next - 1].End, first, next);
            }
        }

        return null;
    }

    /// <summary>
    /// A relative date ("3 hours ago", "2 days ago", "yesterday", "today") as a number of days before the
    /// page's own date, or null.
    /// </summary>
    /// <remarks>
    /// Every answer needs one of the words "ago", "yesterday", "today" or "now", so text without them
    /// as letters anywhere is answered before tokenizing; and words are compared in place, not copied
    /// out. The classifier asks this of every short line, and it was a fifth of the classifier's allocation.
    /// </remarks>
    public static int? FindDaysAgo(string text, int start, int end)
    {
        if (!Contains(text, start, end, "ago") && !Contains(text, start, end, "yesterday") && !Contains(text, start, end, "today")
            && !Contains(text, start, end, "now"))
        {
            return null;
        }

        var tokens = DateToken.Tokenize(text, start, end);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != DateTokenKind.Word)
            {
                if (tokens[i].Kind == DateTokenKind.Number && i + 2 < tokens.Count && Is(text, tokens, i + 2, "ago")
                    && int.TryParse(Text(text, tokens[i]), out var count) && count < 10_000)
                {
                    var unit = (Word(text, tokens, i + 1) is { } unitWord ? AsciiCase.ToLower(unitWord) : string.Empty);
                    switch (unit)
                    {
                        case "second": case "seconds": case "sec": case "secs":
                        case "minute": case "minutes": case "min": case "mins":
                        case "hour": case "hours": case "hr": case "hrs": case "h":
                            return 0;
                        case "day": case "days": case "d":
                            return count;
                        case "week": case "weeks": case "wk": case "wks":
                            return count * 7;
                    }
                }

                continue;
            }

            if (Is(text, tokens, i, "yesterday"))
            {
                return 1;
            }

            if (Is(text, tokens, i, "today") || Is(text, tokens, i, "now"))
            {
                return 0;
            }
        }

        return null;
    }

    private static bool Contains(string text, int start, int end, string word) =>
        end - start >= word.Length && text.IndexOf(word, start, end - start, StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool TryDateAt(string text, List<DateToken> t, int i, out DateTime date, out int next)
    {
        date = default;
        next = i;
        var token = t[i];
        if (token.Kind == DateTokenKind.Number)
        {
            return TryIsoOrYearFirst(text, t, i, out date, out next)
                || TryNumeric(text, t, i, out date, out next)
                || TryDayFirst(text, t, i, out date, out next);
        }

        return token.Kind == DateTokenKind.Word && TryMonthFirst(text, t, i, out date, out next);
    }

    // 2022-02-24, 2022/02/24
    private static bool TryIsoOrYearFirst(string text, List<DateToken> t, int i, out DateTime date, out int next)
    {
        date = default;
        next = i;
        if (t[i].Length != 4 || i + 4 >= t.Count)
        {
            return false;
        }

        var separator = Symbol(text, t, i + 1);
        if ((separator != '-' && separator != '/') || Symbol(text, t, i + 3) != separator || t[i + 1].SpaceBefore || t[i + 2].SpaceBefore)
        {
            return false;
        }

        if (!TryNumber(text, t, i, 4, out var year) || !TryNumber(text, t, i + 2, 2, out var month) || !TryNumber(text, t, i + 4, 2, out var day))
        {
            return false;
        }

        next = i + 5;
        return TryMake(year, month, day, out date);
    }

    // 24/02/2022, 24.02.2022, 24-02-2022; 02/24/2022 only when 24 cannot be a month.
    private static bool TryNumeric(string text, List<DateToken> t, int i, out DateTime date, out int next)
    {
        date = default;
        next = i;
        if (t[i].Length > 2 || i + 4 >= t.Count)
        {
            return false;
        }

        var separator = Symbol(text, t, i + 1);
        if ((separator != '/' && separator != '.' && separator != '-') || Symbol(text, t, i + 3) != separator
            || t[i + 1].SpaceBefore || t[i + 2].SpaceBefore || t[i + 3].SpaceBefore || t[i + 4].SpaceBefore)
        {
            return false;
        }

        if (!TryNumber(text, t, i, 2, out var first) || !TryNumber(text, t, i + 2, 2, out var second) || t[i + 4].Length != 4
            || !TryNumber(text, t, i + 4, 4, out var year))
        {
            return false;
        }

        next = i + 5;
        var dayFirst = first > 12 || second <= 12;
        return dayFirst ? TryMake(year, second, first, out date) : TryMake(year, first, second, out date);
    }

    // 24 February 2022, 24th of Feb. 2022, 24 Feb, 2022
    private static bool TryDayFirst(string text, List<DateToken> t, int i, out DateTime date, out int next)
    {
        date = default;
        next = i;
        if (t[i].Length > 2 || !TryNumber(text, t, i, 2, out var day))
        {
            return false;
        }

        var j = i + 1;
        if (Word(text, t, j) is { } suffix && DateVocabulary.IsOrdinalSuffix(suffix) && !t[j].SpaceBefore)
        {
            j++;
        }

        if (Is(text, t, j, "of"))
        {
            j++;
        }

        if (Word(text, t, j) is not { } monthName || !DateVocabulary.TryMonth(monthName, out var month))
        {
            return false;
        }

        j = SkipSymbols(text, t, j + 1, '.', ',');
        if (!TryYear(text, t, j, out var year))
        {
            return false;
        }

        next = j + 1;
        return TryMake(year, month, day, out date);
    }

    // February 24, 2022; Feb. 24th 2022
    private static bool TryMonthFirst(string text, List<DateToken> t, int i, out DateTime date, out int next)
    {
        date = default;
        next = i;
        if (Word(text, t, i) is not { } monthName || !DateVocabulary.TryMonth(monthName, out var month))
        {
            return false;
        }

        var j = SkipSymbols(text, t, i + 1, '.');
        if (j >= t.Count || t[j].Kind != DateTokenKind.Number || t[j].Length > 2 || !TryNumber(text, t, j, 2, out var day))
        {
            return false;
        }

        j++;
        if (Word(text, t, j) is { } suffix && DateVocabulary.IsOrdinalSuffix(suffix) && !t[j].SpaceBefore)
        {
            j++;
        }

        j = SkipSymbols(text, t, j, ',');
        if (!TryYear(text, t, j, out var year))
        {
            return false;
        }

        next = j + 1;
        return TryMake(year, month, day, out date);
    }

    /// <summary>A time of day after the date: "21:30", ", 9:30 p.m. EST", "| 14.30 GMT", "at 9am".</summary>
    private static TimeSpan? TryTimeAfter(string text, List<DateToken> t, ref int next, out TimeSpan? offset)
    {
        offset = null;
        var j = next;
        for (var skipped = 0; j < t.Count && skipped < 3; skipped++)
        {
            var word = Word(text, t, j);
            var symbol = Symbol(text, t, j);
            if ((word is not null && (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("on", StringComparison.OrdinalIgnoreCase)
                    || DateVocabulary.IsWeekday(word)))
                || word == "T"
                || symbol is ',' or '|' or '-' or '\u2013' or '\u2014' or '\u2022' or '\u00B7' or '@' or '/')
            {
                j++;
                continue;
            }

            break;
        }

        if (TryTime(text, t, j, out var time, out var end, out offset))
        {
            next = end;
            return time;
        }

        return null;
    }

    /// <summary>A time of day standing just before the date: "10:32 AM EST, Thu February 24, 2022".</summary>
    private static TimeSpan? TryTimeBefore(string text, List<DateToken> t, int dateStart, out TimeSpan? offset, out int first)
    {
        offset = null;
        first = dateStart;
        for (var j = Math.Max(0, dateStart - 8); j < dateStart; j++)
        {
            if (TryTime(text, t, j, out var time, out var end, out offset) && end <= dateStart && end >= dateStart - 3)
            {
                first = j;
                return time;
            }
        }

        offset = null;
        return null;
    }

    private static bool TryTime(string text, List<DateToken> t, int j, out TimeSpan time, out int end, out TimeSpan? offset)
    {
        time = default;
        end = j;
        offset = null;
        if (j >= t.Count || t[j].Kind != DateTokenKind.Number || t[j].Length > 2 || !TryNumber(text, t, j, 2, out var hour))
        {
            return false;
        }

        var k = j + 1;
        var minute = 0;
        var second = 0;
        var separator = Symbol(text, t, k);
        var hasMinutes = false;
        if ((separator == ':' || separator == '.' || separator == 'h') && !t[k].SpaceBefore
            && k + 1 < t.Count && t[k + 1].Length == 2 && !t[k + 1].SpaceBefore && TryNumber(text, t, k + 1, 2, out minute))
        {
            hasMinutes = true;
            k += 2;
            if (Symbol(text, t, k) == ':' && k + 1 < t.Count && t[k + 1].Length == 2 && TryNumber(text, t, k + 1, 2, out second))
            {
                k += 2;
                if (Symbol(text, t, k) == '.' && k + 1 < t.Count && t[k + 1].Kind == DateTokenKind.Number)
                {
                    k += 2;
                }
            }
        }

        var meridiem = TryMeridiem(text, t, ref k);
        if (!hasMinutes && meridiem == 0)
        {
            return false;
        }

        if (separator == '.' && meridiem == 0 && !StartsZone(text, t, k))
        {
            // "24.02" is as likely a date fragment as a time; only "14.30 GMT" or "2.30pm" are times.
            return false;
        }

        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (meridiem == 2 ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeSpan(hour, minute, second);
        offset = TryZone(text, t, ref k);
        end = k;
        return true;
    }

    /// <summary>1 for am, 2 for pm, 0 for neither; accepts "am", "PM", "a.m.", "p.m".</summary>
    private static int TryMeridiem(string text, List<DateToken> t, ref int k)
    {
        var word = Word(text, t, k);
        if (word is null)
        {
            return 0;
        }

        if (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            k++;
            return AsciiCase.ToLower(word[0]) == 'a' ? 1 : 2;
        }

        if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.OrdinalIgnoreCase))
            && Symbol(text, t, k + 1) == '.' && Is(text, t, k + 2, "m"))
        {
            var result = AsciiCase.ToLower(word[0]) == 'a' ? 1 : 2;
            k += Symbol(text, t, k + 3) == '.' ? 4 : 3;
            return result;
        }

        return 0;
    }

    private static bool StartsZone(string text, List<DateToken> t, int k)
    {
        var probe = k;
        return TryZone(text, t, ref probe) is not null;
    }

    /// <summary>"Z", "UTC", "GMT+3", "(UTC+03:00)", "+0300", "+03:00", "EST".</summary>
    private static TimeSpan? TryZone(string text, List<DateToken> t, ref int k)
    {
        var j = k;
        var bracketed = Symbol(text, t, j) == '(';
        if (bracketed)
        {
            j++;
        }

        TimeSpan? zone = null;
        if (Word(text, t, j) is { } word && DateVocabulary.TryZone(word, out var named))
        {
            zone = named;
            j++;
            if (TrySignedOffset(text, t, ref j, requireAdjacent: true) is { } adjustment
                && (word.Equals("UTC", StringComparison.OrdinalIgnoreCase) || word.Equals("GMT", StringComparison.OrdinalIgnoreCase)))
            {
                zone = adjustment;
            }
        }
        else if (TrySignedOffset(text, t, ref j, requireAdjacent: false) is { } numeric)
        {
            zone = numeric;
        }

        if (zone is null || zone.Value.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        if (bracketed)
        {
            if (Symbol(text, t, j) != ')')
            {
                return null;
            }

            j++;
        }

        k = j;
        return zone;
    }

    private static TimeSpan? TrySignedOffset(string text, List<DateToken> t, ref int k, bool requireAdjacent)
    {
        var sign = Symbol(text, t, k);
        if ((sign != '+' && sign != '-' && sign != '\u2212') || k + 1 >= t.Count || t[k + 1].Kind != DateTokenKind.Number || t[k + 1].SpaceBefore)
        {
            return null;
        }

        if (requireAdjacent && t[k].SpaceBefore)
        {
            return null;
        }

        var digits = t[k + 1];
        int hours, minutes = 0, used = 2;
        if (digits.Length == 4)
        {
            hours = int.Parse(text.Substring(digits.Start, 2), System.Globalization.CultureInfo.InvariantCulture);
            minutes = int.Parse(text.Substring(digits.Start + 2, 2), System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (digits.Length <= 2 && TryNumber(text, t, k + 1, 2, out hours))
        {
            if (Symbol(text, t, k + 2) == ':' && k + 3 < t.Count && t[k + 3].Length == 2 && TryNumber(text, t, k + 3, 2, out minutes))
            {
                used = 4;
            }
            else if (!requireAdjacent && t[k].SpaceBefore)
            {
                // A lone " -3" after a time is more likely a range or a dash than a zone.
                return null;
            }
        }
        else
        {
            return null;
        }

        if (hours > 14 || minutes > 59)
        {
            return null;
        }

        k += used;
        var offset = new TimeSpan(hours, minutes, 0);
        return sign == '+' ? offset : -offset;
    }

    private static bool TryYear(string text, List<DateToken> t, int j, out int year)
    {
        year = 0;
        return j < t.Count && t[j].Kind == DateTokenKind.Number && t[j].Length == 4 && TryNumber(text, t, j, 4, out year);
    }

    private static bool TryMake(int year, int month, int day, out DateTime date)
    {
        date = default;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }

    private static int SkipSymbols(string text, List<DateToken> t, int j, char first, char second = '\0')
    {
        while (j < t.Count && t[j].Kind == DateTokenKind.Symbol && (text[t[j].Start] == first || text[t[j].Start] == second))
        {
            j++;
        }

        return j;
    }

    private static bool TryNumber(string text, List<DateToken> t, int j, int maxDigits, out int value)
    {
        value = 0;
        if (j >= t.Count || t[j].Kind != DateTokenKind.Number || t[j].Length > maxDigits)
        {
            return false;
        }

        for (var i = t[j].Start; i < t[j].End; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static string? Word(string text, List<DateToken> t, int j) =>
        j < t.Count && t[j].Kind == DateTokenKind.Word ? Text(text, t[j]) : null;

    private static char Symbol(string text, List<DateToken> t, int j) =>
        j < t.Count && t[j].Kind == DateTokenKind.Symbol ? text[t[j].Start] : '\0';

    private static bool Is(string text, List<DateToken> t, int j, string word) =>
        j < t.Count && t[j].Kind == DateTokenKind.Word && t[j].Length == word.Length
        && string.Compare(text, t[j].Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static string Text(string text, DateToken token) => text.Substring(token.Start, token.Length);
}
