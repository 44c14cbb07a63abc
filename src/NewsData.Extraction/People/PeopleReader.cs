using System;
using System.Collections.Generic;
using NewsData.Extraction.Lines;
using NewsData.Extraction.Publishers;

namespace NewsData.Extraction.People;

/// <summary>
/// Authors from the byline, contributors from staff credits. The byline is looked for where pages put
/// it: first a "By" line between the headline and the body, then a byline without "By" under the
/// headline (<see cref="BylineFinder"/>), then any "By" line before the trailer, then an author box
/// (a name beside its handle); reporters credited at the end stand in for a missing byline. A person
/// named in a byline beside an outlet or a house name ("By Jill Disis, CNN Business") is the author alone.
/// </summary>
internal static class PeopleReader
{
    public static (List<string> Authors, List<string> Contributors) Read(List<LineInfo> lines, int titleIndex, int firstBodyLine, int end)
    {
        var reporters = new List<string>();
        var contributors = new List<string>();
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.CreditLine)
            {
                reporters.AddRange(line.Credits!.Reporters);
                contributors.AddRange(line.Credits.Contributors);
            }
        }

        var byline = FindByline(lines, titleIndex, firstBodyLine, end);
        List<string> authors;
        if (byline is null)
        {
            authors = reporters;
        }
        else
        {
            authors = WithoutPublishers(byline);
            contributors.InsertRange(0, reporters);
        }

        authors = Distinct(authors, exclude: null);
        return (authors, Distinct(contributors, exclude: authors));
    }

    private static List<string>? FindByline(List<LineInfo> lines, int titleIndex, int firstBodyLine, int end)
    {
        // "by Reuters" over "By Abhishek Madhukar": a byline naming only an outlet gives way to one naming a person.
        var headerEnd = Math.Min(Math.Max(firstBodyLine, titleIndex + 1), end);
        List<string>? outletOnly = null;
        for (var i = titleIndex + 1; i < headerEnd; i++)
        {
            if (lines[i].Kind == LineKind.Byline)
            {
                var authors = lines[i].Byline!.Authors;
                if (authors.Exists(IsPersonName))
                {
                    return authors;
                }

                outletOnly ??= authors;
            }
        }

        if (outletOnly is not null)
        {
            return outletOnly;
        }

        for (var i = titleIndex + 1; i < headerEnd; i++)
        {
            if (BylineFinder.FromHeaderLine(lines, i) is { } names)
            {
                return names;
            }
        }

        for (var i = 0; i < end; i++)
        {
            if (lines[i].Kind == LineKind.Byline)
            {
                return lines[i].Byline!.Authors;
            }
        }

        return BylineFinder.FromAuthorBox(lines, end);
    }

    private static readonly string[] HouseWords = { "Staff", "Desk", "Team", "Newsroom", "Editors", "Editorial", "Reporters", "Agencies", "Correspondents", "Bureau" };

    /// <summary>Whether a byline name is a person rather than a house byline ("News Desk", "Jerusalem Post Staff") or an agency.</summary>
    public static bool IsPersonName(string name)
    {
        var words = name.Split(' ');
        if (words.Length is < 2 or > 4 || PublisherDirectory.Default.FindNameIn(name) is not null)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (Array.IndexOf(HouseWords, word) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "By John Smith, Reuters", "By Eric Song, IGN Staff": beside a person, an agency, an outlet or a
    /// house name is not an author; alone, it is the byline ("By News Desk").
    /// </summary>
    private static List<string> WithoutPublishers(List<string> names)
    {
        var people = names.FindAll(IsPersonName);
        if (people.Count > 0)
        {
            return people;
        }

        var named = names.FindAll(name => PublisherDirectory.Default.FindExact(name) is null);
        return named.Count > 0 ? named : names;
    }

    private static List<string> Distinct(List<string> names, List<string>? exclude)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (exclude is not null)
        {
            seen.UnionWith(exclude);
        }

        var result = new List<string>();
        foreach (var name in names)
        {
            if (seen.Add(name))
            {
                result.Add(name);
            }
        }

        return result;
    }
}
