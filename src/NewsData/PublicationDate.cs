using System;
using System.Globalization;

namespace NewsData;

/// <summary>
/// When an article was published, exactly as precisely as the page said it: a date, optionally a
/// time of day, and a UTC offset only when the page stated one. Nothing is invented: a page that
/// says "21:30" without a zone gets no offset, so this is not a <see cref="DateTimeOffset"/>.
/// </summary>
public readonly record struct PublicationDate : IComparable<PublicationDate>
{
    /// <summary>Creates a date without a time of day.</summary>
    public PublicationDate(int year, int month, int day)
        : this(new DateTime(year, month, day), null, null)
    {
    }

    /// <summary>Creates a date with an optional time of day and an optional UTC offset.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is not within a day, or an offset is given without a time.</exception>
    public PublicationDate(DateTime date, TimeSpan? timeOfDay, TimeSpan? offset)
    {
        if (timeOfDay is { } time && (time < TimeSpan.Zero || time >= TimeSpan.FromDays(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(timeOfDay), time, "The time of day must be within one day.");
        }

        if (offset is { } zone && (timeOfDay is null || zone.Duration() > TimeSpan.FromHours(14) || zone.Ticks % TimeSpan.TicksPerMinute != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(offset), zone, "An offset needs a time of day and must be whole minutes within ±14 hours.");
        }

        Date = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);
        TimeOfDay = timeOfDay;
        Offset = offset;
    }

    /// <summary>The calendar date (its time part is always midnight).</summary>
    public DateTime Date { get; }

    /// <summary>The time of day, when the page gave one.</summary>
    public TimeSpan? TimeOfDay { get; }

    /// <summary>The UTC offset, when the page stated a zone.</summary>
    public TimeSpan? Offset { get; }

    /// <summary>The date plus the time of day (midnight when none was given), in no particular zone.</summary>
    public DateTime DateTime => Date + (TimeOfDay ?? TimeSpan.Zero);

    /// <summary>An exact instant, available only when the page stated both a time and a zone.</summary>
    public DateTimeOffset? ToDateTimeOffset() => Offset is { } offset ? new DateTimeOffset(DateTime, offset) : null;

    /// <summary>Formats as <c>yyyy-MM-dd</c>, <c>yyyy-MM-ddTHH:mm</c> or <c>yyyy-MM-ddTHH:mm+hh:mm</c>.</summary>
    public override string ToString()
    {
        var text = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (TimeOfDay is not { } time)
        {
            return text;
        }

        text += "T" + time.ToString(time.Seconds == 0 ? @"hh\:mm" : @"hh\:mm\:ss", CultureInfo.InvariantCulture);
        if (Offset is { } offset)
        {
            text += (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>Parses the format written by <see cref="ToString"/>.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not in that format.</exception>
    public static PublicationDate Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not yyyy-MM-dd, yyyy-MM-ddTHH:mm[:ss] or that with a ±hh:mm offset.");

    /// <summary>Parses the format written by <see cref="ToString"/>.</summary>
    public static bool TryParse(string? text, out PublicationDate value)
    {
        value = default;
        if (text is null || text.Length < 10
            || !DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        if (text.Length == 10)
        {
            value = new PublicationDate(date, null, null);
            return true;
        }

        if (text[10] != 'T')
        {
            return false;
        }

        var rest = text.Substring(11);
        TimeSpan? offset = null;
        var zoneAt = rest.IndexOfAny(['+', '-']);
        if (zoneAt >= 0)
        {
            if (!TimeSpan.TryParseExact(rest.Substring(zoneAt + 1), @"hh\:mm", CultureInfo.InvariantCulture, out var zone))
            {
                return false;
            }

            offset = rest[zoneAt] == '-' ? -zone : zone;
            rest = rest.Substring(0, zoneAt);
        }

        if (!TimeSpan.TryParseExact(rest, [@"hh\:mm", @"hh\:mm\:ss"], CultureInfo.InvariantCulture, out var time))
        {
            return false;
        }

        value = new PublicationDate(date, time, offset);
        return true;
    }

    /// <summary>Orders by date, then by time (dates without a time first); offsets are not converted.</summary>
    public int CompareTo(PublicationDate other)
    {
        var byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        return (TimeOfDay ?? TimeSpan.MinValue).CompareTo(other.TimeOfDay ?? TimeSpan.MinValue);
    }
}
