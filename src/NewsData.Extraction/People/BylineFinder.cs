using System;
using System.Collections.Generic;
using NewsData.Extraction.Lines;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.People;

/// <summary>
/// Bylines that do not start with "By", found from where they stand: in the page's header (around the
/// headline, before the body) a line that is only names with a job title or outlet after them ("Tom
/// Wright, Shipping Correspondent", "Meg Kinnard and Errin Haines, Associated Press"), a date line
/// that names its author ("Chris Davies - Nov 19, 2019", "Nov 18, 2019 7:45 am by Joe Rossignol"), a
/// "By" on a line of its own over the names, or bare names next to the date or the author's handle.
/// </summary>
internal static class BylineFinder
{
    /// <summary>A byline line is short: names and a job title.</summary>
    private const int MaxWords = 12;

    /// <summary>How far from a bare name its date or handle may stand, in non-blank lines.</summary>
    private const int Reach = 2;

    /// <summary>How many lines under the headline a byline may stand.</summary>
    private const int HeaderLines = 6;

    /// <summary>
    /// Makes a byline of the line under the headline that names its authors without "By" (and of the
    /// names under a lone "By"), so that it is read as one and never taken for text. A date line that
    /// names its author stays a date line; <see cref="FromHeaderLine"/> reads its names.
    /// </summary>
    public static void MarkUnderHeadline(List<LineInfo> lines, int titleIndex)
    {
        var seen = 0;
        for (var i = titleIndex + 1; i < lines.Count && seen < HeaderLines; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank)
            {
                continue;
            }

            seen++;
            if (line.Kind == LineKind.Byline || line.Consumed)
            {
                return;
            }

            if (FromHeaderLine(lines, i) is not { } names)
            {
                continue;
            }

            var named = IsLoneBy(line.Text) ? NextNonBlank(lines, i + 1) : i;
            if (lines[named].Kind == LineKind.Text)
            {
                lines[named].Kind = LineKind.Byline;
                lines[named].Byline = new Byline(names, lines[named].Text.Length);
            }

            return;
        }
    }

    /// <summary>The authors named by the line at <paramref name="i"/>, or null.</summary>
    public static List<string>? FromHeaderLine(List<LineInfo> lines, int i)
    {
        var line = lines[i];
        var text = line.Text;
        if (line.Kind == LineKind.DateLine && line.Date is { } date)
        {
            var before = text.Substring(0, date.Start).TrimEnd();
            var after = text.Substring(date.End).Trim().TrimStart('-', '\u2013', '\u2014', '|', ',').Trim();

            // "Chris Davies - Nov 19, 2019": names set off from the date by a dash or a bar. A labelled date
            // ("Published On 12 Jun 2023") has its label there instead, and "New Delhi, …" a place.
            var named = line.DateLabel == DateLabel.None && before.Length > 2 && before[before.Length - 1] is '-' or '\u2013' or '\u2014' or '|'
                && before.IndexOf(',') < 0;
            return FromDateRemainder(after) ?? (named ? FromDateRemainder(before.TrimEnd('-', '\u2013', '\u2014', '|').Trim()) : null);
        }

        if (line.Kind is not (LineKind.Text or LineKind.Junk) || line.Consumed)
        {
            return null;
        }

        if (IsLoneBy(text))
        {
            var next = NextNonBlank(lines, i + 1);
            return next >= 0 && lines[next].Kind == LineKind.Text ? People(lines[next].Text) : null;
        }

        if (line.Kind != LineKind.Text || Words.CountAtMost(text, MaxWords + 1) > MaxWords)
        {
            return null;
        }

        var names = People(text);
        if (names is null)
        {
            return null;
        }

        // After a comma must come a job title or an outlet ("Tom Wright, Shipping Correspondent",
        // "Charlie Wood, Business Insider"); bare names ("JANIE HAR") are a byline only beside the date,
        // a handle or a lone "By".
        var comma = text.IndexOf(',');
        return comma > 0 ? (IsTitleOrOutlet(text.Substring(comma + 1)) ? names : null)
            : HasNeighbour(lines, i, IsDateOrHandle) ? names : null;
    }

    /// <summary>"Shipping Correspondent", "Ap Auto Writer", "Associated Press", "FUTURISM": what follows the names in a byline.</summary>
    private static bool IsTitleOrOutlet(string text)
    {
        var rest = text.Trim();
        return NameList.IsRole(rest) || Publishers.PublisherDirectory.Default.FindNameIn(rest) is not null
            || (rest.Length > 2 && rest.IndexOf(' ') < 0 && Words.Measure(rest).Lowercase == 0 && rest.ToUpperInvariant() == rest);
    }

    /// <summary>
    /// An author box: a line that is a person's name beside a handle or address that spells the
    /// surname ("Sarah E. Needleman" over "@saraheneedleman"), anywhere before <paramref name="end"/>.
    /// </summary>
    public static List<string>? FromAuthorBox(List<LineInfo> lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Text || Words.CountAtMost(line.Text, 5) > 4 || People(line.Text) is not { Count: 1 } names)
            {
                continue;
            }

            var surname = AsciiCase.ToLower(names[0].Substring(names[0].LastIndexOf(' ') + 1));
            if (surname.Length >= 3 && HasNeighbour(lines, i, other => IsHandle(other.Text) && AsciiCase.ToLower(other.Text).Contains(surname)))
            {
                return names;
            }
        }

        return null;
    }

    /// <summary>"by Joe Rossignol" after a date, or "Chris Davies" before one.</summary>
    private static List<string>? FromDateRemainder(string rest)
    {
        if (rest.Length == 0)
        {
            return null;
        }

        if (rest.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("by:", StringComparison.OrdinalIgnoreCase))
        {
            return BylineParser.TryParse(rest) is { } byline ? OnlyPeople(byline.Authors) : null;
        }

        return Words.CountAtMost(rest, MaxWords + 1) <= MaxWords ? People(rest) : null;
    }

    /// <summary>The people in a list of names (house names and outlets dropped), or null when there is none.</summary>
    private static List<string>? People(string text)
    {
        var clean = text.Substring(0, NameList.CleanLength(text)).Trim().TrimEnd(',', '-', '|').Trim();
        return clean.Length > 0 && NameList.Parse(clean) is { } names ? OnlyPeople(names) : null;
    }

    private static List<string>? OnlyPeople(List<string> names)
    {
        var people = names.FindAll(PeopleReader.IsPersonName);
        return people.Count > 0 ? people : null;
    }

    private static bool IsLoneBy(string text) =>
        text.Equals("by", StringComparison.OrdinalIgnoreCase) || text.Equals("by:", StringComparison.OrdinalIgnoreCase);

    private static bool IsDateOrHandle(LineInfo line) =>
        line.Kind is LineKind.DateLine or LineKind.RelativeDate || IsHandle(line.Text) || IsLoneBy(line.Text);

    /// <summary>"@davidehrlich", "sarah.needleman@wsj.com": a social handle or an address alone on a line.</summary>
    private static bool IsHandle(string text) => text.IndexOf(' ') < 0 && text.IndexOf('@') >= 0;

    private static bool HasNeighbour(List<LineInfo> lines, int i, Func<LineInfo, bool> test)
    {
        var seen = 0;
        for (var j = i - 1; j >= 0 && seen < Reach; j--)
        {
            if (lines[j].Kind != LineKind.Blank)
            {
                seen++;
                if (test(lines[j]))
                {
                    return true;
                }
            }
        }

        seen = 0;
        for (var j = i + 1; j < lines.Count && seen < Reach; j++)
        {
            if (lines[j].Kind != LineKind.Blank)
            {
                seen++;
                if (test(lines[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextNonBlank(List<LineInfo> lines, int start)
    {
        for (var j = start; j < lines.Count; j++)
        {
            if (lines[j].Kind != LineKind.Blank)
            {
                return j;
            }
        }

        return -1;
    }
}
