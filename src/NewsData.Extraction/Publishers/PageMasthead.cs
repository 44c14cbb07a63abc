using System;
using System.Collections.Generic;
using NewsData.Extraction.Lines;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Publishers;

/// <summary>
/// The publisher's name as the page prints it, for publishers the known list does not have: the
/// copyright line ("© 2024 Harbour Gazette. All rights reserved."), the line that spells the URL's site
/// ("The Capital Ledger" for capitalledger.com), a house byline ("Reykjavik Daily Staff"), the masthead
/// (the page's first line, or the first item of its first menu, when it is a name and not a section),
/// and a wire agency's sign-off or dateline ("— Sapa-DPA", "(UPI) --").
/// </summary>
internal static class PageMasthead
{
    private const int MaxNameWords = 5;

    /// <summary>How many lines at the top of a page may hold the masthead.</summary>
    private const int TopLines = 3;

    private static readonly string[] HouseWords = { " Staff", " Reports", " Desk", " Newsroom", " Team", " Editors", " Bureau" };

    /// <summary>"© 2024 Harbour Gazette. All rights reserved." → "Harbour Gazette".</summary>
    public static string? FromCopyright(string line)
    {
        var text = line.Trim();
        var start = 0;
        for (var matched = true; matched;)
        {
            matched = false;
            foreach (var mark in new[] { "\u00A9", "(c)", "copyright" })
            {
                if (start < text.Length && string.Compare(text, start, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    start += mark.Length;
                    matched = true;
                    while (start < text.Length && (TextChars.IsBlank(text[start]) || text[start] is ':'))
                    {
                        start++;
                    }
                }
            }
        }

        if (start == 0)
        {
            return null;
        }

        // The year or years, then the name up to the first full stop, bar or "All rights".
        while (start < text.Length && (char.IsDigit(text[start]) || text[start] is '-' or '\u2013' or ',' || TextChars.IsBlank(text[start])))
        {
            start++;
        }

        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = text.Length;
        foreach (var stop in new[] { ". ", " |", " all rights", ", all", ". all" })
        {
            var at = text.IndexOf(stop, start, StringComparison.OrdinalIgnoreCase);
            end = at > start && at < end ? at : end;
        }

        return start < end ? AsName(text.Substring(start, end - start).TrimEnd('.', ' ')) : null;
    }

    /// <summary>A line of the page whose letters spell the URL's site ("The Lakeside Star" for lakesidestar.com), else the site itself.</summary>
    public static string? FromSite(string url, List<LineInfo> lines)
    {
        var host = PublisherDirectory.HostOf(url);
        if (host is null)
        {
            return null;
        }

        var site = host.StartsWith("www.", StringComparison.Ordinal) ? host.Substring(4) : host;
        var label = site.Split('.')[0];
        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Blank && line.Text.Length <= 60 && AsName(line.Text) is { } name && Spells(name, label))
            {
                return name;
            }
        }

        return site;
    }

    /// <summary>"Reykjavik Daily Staff" → "Reykjavik Daily".</summary>
    public static string? FromHouseByline(string author)
    {
        foreach (var word in HouseWords)
        {
            if (author.EndsWith(word, StringComparison.Ordinal) && author.Length > word.Length)
            {
                return AsName(author.Substring(0, author.Length - word.Length));
            }
        }

        return null;
    }

    /// <summary>The first line of the page, or the first item of a menu line at the top, when it is a name and not a section.</summary>
    public static string? FromTop(List<LineInfo> lines, int titleIndex)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < TopLines && (titleIndex < 0 || i < titleIndex); i++)
        {
            var line = lines[i];
            if (line.Kind is LineKind.Blank or LineKind.Junk or LineKind.Url or LineKind.MetadataHeader)
            {
                continue;
            }

            seen++;
            if (line.Kind is not (LineKind.Text or LineKind.Navigation))
            {
                continue;
            }

            // "Leeds Evening Post   News  Sport  What's On": a menu set off by runs of spaces starts with the
            // masthead. A line alone at the top is a masthead only when the page names it again (a footer,
            // a house byline): "Learn More" or "Open Navigation Menu" up there are buttons.
            var text = line.Text;
            var gap = text.IndexOf("   ", StringComparison.Ordinal);
            if (AsName(gap > 0 ? text.Substring(0, gap) : text) is { } name && !IsSectionLabel(name) && (gap > 0 || NamedElsewhere(lines, i, name)))
            {
                return name;
            }
        }

        return null;
    }

    private static bool NamedElsewhere(List<LineInfo> lines, int except, string name)
    {
        for (var j = 0; j < lines.Count; j++)
        {
            if (j != except && lines[j].Text.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"…the minister said. — Sapa-DPA": an agency's sign-off at the end of the last paragraph, and where it starts.</summary>
    public static (string Agency, int Start)? SignOff(string paragraph)
    {
        var dash = Math.Max(paragraph.LastIndexOf(" \u2014 ", StringComparison.Ordinal), paragraph.LastIndexOf(" -- ", StringComparison.Ordinal));
        if (dash <= 0)
        {
            return null;
        }

        var agency = paragraph.Substring(dash).Trim().TrimStart('\u2014', '-').Trim();
        return agency.Length is >= 2 and <= 20 && agency.IndexOf(' ') < 0 && char.IsUpper(agency[0]) && TextChars.EndsLikeSentence(paragraph.Substring(0, dash))
            ? (agency, dash)
            : null;
    }

    /// <summary>"DENVER, Feb. 20 (UPI) -- …": an agency in capitals in a wire dateline.</summary>
    public static string? FromDateline(string paragraph)
    {
        var open = paragraph.IndexOf('(');
        var close = open < 0 ? -1 : paragraph.IndexOf(')', open);
        if (open <= 0 || open > 60 || close < 0 || close - open - 1 is < 2 or > 8)
        {
            return null;
        }

        var agency = paragraph.Substring(open + 1, close - open - 1);
        var after = paragraph.Substring(close + 1).TrimStart();
        return agency.ToUpperInvariant() == agency && Words.Measure(agency).AllCaps == 1 && after.Length > 0 && TextChars.IsDash(after[0])
            && Words.Measure(paragraph, 0, open).AllCaps > 0
            ? agency
            : null;
    }

    /// <summary>A short name in capitals ("Harbour Gazette", "The Allotment Diaries"), or null.</summary>
    private static string? AsName(string text)
    {
        var name = text.Trim();
        var words = Words.Measure(name);
        if (name.Length < 3 || words.Count is < 1 or > MaxNameWords || words.Lowercase > (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
            || name.IndexOfAny(new[] { '|', ':', '?', '!', '\u2022', '>', '\u00BB', '\u203A', '/' }) >= 0 || TextChars.EndsLikeSentence(name) || words.Count == 1 && words.AllCaps == 0 && name.IndexOf('.') < 0)
        {
            return null;
        }

        foreach (var c in name)
        {
            if (char.IsDigit(c))
            {
                return null;
            }
        }

        return name;
    }

    /// <summary>Whether every word is a section's name or a word of no content ("Top News", "US News", "World").</summary>
    private static bool IsSectionLabel(string name)
    {
        var i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && TextChars.IsBlank(name[i]))
            {
                i++;
            }

            var start = i;
            while (i < name.Length && !TextChars.IsBlank(name[i]))
            {
                i++;
            }

            if (i > start && HasLetter(name, start, i) && LineVocabulary.Classify(name, start, i - start) == LineVocabulary.None)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name's letters, without "the" and spaces, are the site's label: "The Lakeside Star" and "lakesidestar".</summary>
    private static bool Spells(string name, string label)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var c in name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name.Substring(4) : name)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        var spelled = letters.ToString();
        return spelled.Length >= 3 && (spelled == label || "the" + spelled == label);
    }
}
