using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Dates;

/// <summary>Month and weekday names, ordinal suffixes, and time zones whose offset is unambiguous.</summary>
internal static class DateVocabulary
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    };

    // Zones named by abbreviation whose offset is fixed. "ET", "PT", "IST" and the like are left out:
    // they do not say which offset applies, and the contract is to state an offset only when the text does.
    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = 0, ["GMT"] = 0, ["UT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["BST"] = 60, ["CET"] = 60, ["WEST"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180,
        ["MSK"] = 180, ["IDT"] = 180, ["IRST"] = 210, ["PKT"] = 300, ["WIB"] = 420,
        ["SGT"] = 480, ["HKT"] = 480, ["AWST"] = 480, ["JST"] = 540, ["KST"] = 540, ["ACST"] = 570,
        ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
    };

    public static bool TryMonth(string word, out int month) => Months.TryGetValue(word, out month);

    public static bool IsWeekday(string word) => Weekdays.Contains(word);

    public static bool IsOrdinalSuffix(string word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);

    public static bool TryZone(string word, out TimeSpan offset)
    {
        if (ZoneMinutes.TryGetValue(word, out var minutes))
        {
            offset = TimeSpan.FromMinutes(minutes);
            return true;
        }

        offset = default;
        return false;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var names = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 12; i++)
        {
            months[names[i]] = i + 1;
            months[names[i].Substring(0, 3)] = i + 1;
        }

        months["Sept"] = 9;
        return months;
    }
}
