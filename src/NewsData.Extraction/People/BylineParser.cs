using System;
using NewsData.Extraction.Dates;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.People;

/// <summary>
/// Reads bylines: "By News Desk - February 25 2022", "By JERUSALEM POST STAFF", "Written by A and B",
/// "Posted by X on March 3, 2022", "Author: X | Updated …". A sentence that merely starts with "By" is rejected.
/// </summary>
internal static class BylineParser
{
    private static readonly string[] Prefixes =
    {
        "written by", "posted by", "words by", "story by", "reported by", "text by", "analysis by", "opinion by", "commentary by",
        "review by", "by:", "by", "authors:", "author:", "reporter:",
    };

    private static readonly LabelIndex<string> PrefixIndex = LabelIndex.Of(Prefixes);

    private static readonly string[] Separators =
    {
        " - ", " \u2013 ", " \u2014 ", " | ", "|", " \u2022 ", " \u00B7 ", "\t", ", published", " published", ", updated", " updated", " on ",
        " for ", " ->", " \u2192",
    };

    private const int MaxWords = 24;

    public static Byline? TryParse(string line)
    {
        var prefixLength = MatchPrefix(line);
        if (prefixLength < 0 || Words.Measure(line).Count > MaxWords)
        {
            return null;
        }

        var start = prefixLength;
        while (start < line.Length && TextChars.IsBlank(line[start]))
        {
            start++;
        }

        if (start >= line.Length)
        {
            return null;
        }

        var end = line.Length;
        foreach (var separator in Separators)
        {
            var at = line.IndexOf(separator, start, StringComparison.OrdinalIgnoreCase);
            if (at > start && at < end)
            {
                end = at;
            }
        }

        if (DateParser.Find(line, start, end) is { } date && date.Start > start)
        {
            end = date.Start;
        }

        end = start + NameList.CleanLength(line.Substring(start, end - start));
        var names = line.Substring(start, end - start).Trim().TrimEnd(',', '-', '\u2013', '\u2014', '|').Trim();
        if (names.Length == 0 || (names.EndsWith(".", StringComparison.Ordinal) && !EndsWithInitial(names)))
        {
            return null;
        }

        var authors = NameList.Parse(names);
        return authors is null ? null : new Byline(authors, end);
    }

    private static int MatchPrefix(string line)
    {
        foreach (var prefix in PrefixIndex.At(line, 0))
        {
            if (line.Length > prefix.Length && string.Compare(line, 0, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var next = line[prefix.Length];
                if (prefix.EndsWith(":", StringComparison.Ordinal) || TextChars.IsBlank(next))
                {
                    return prefix.Length;
                }
            }
        }

        return -1;
    }

    /// <summary>"By John Q." ends with an initial, not a sentence.</summary>
    private static bool EndsWithInitial(string names) =>
        names.Length >= 2 && char.IsUpper(names[names.Length - 2]) && (names.Length == 2 || !char.IsLetter(names[names.Length - 3]));
}
