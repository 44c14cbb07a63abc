using System;
using System.Globalization;

namespace NewsData.Cli;

/// <summary>
/// Dates as people read them ("24 February 2022, 21:30"), always in English and the invariant calendar, so the
/// report reads the same on every machine. The machine form stays in the page as <c>&lt;time datetime&gt;</c>.
/// </summary>
internal static class HumanDate
{
    /// <summary>"24 February 2022", with ", 21:30" when the page gave a time and " (UTC+02:00)" when it gave a zone.</summary>
    public static string Format(PublicationDate date)
    {
        var text = Day(date);
        if (date.TimeOfDay is { } time)
        {
            text += ", " + time.ToString(time.Seconds == 0 ? @"hh\:mm" : @"hh\:mm\:ss", CultureInfo.InvariantCulture);
            if (date.Offset is { } offset)
            {
                text += " (UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture) + ")";
            }
        }

        return text;
    }

    /// <summary>"24 February 2022 to 15 March 2024", or one day when the corpus has one.</summary>
    public static string Range(PublicationDate first, PublicationDate last) =>
        first.Date == last.Date ? Day(first) : Day(first) + " to " + Day(last);

    private static string Day(PublicationDate date) => date.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
