using System;
using System.Collections.Generic;
using NewsData.Extraction.Lines;
using NewsData.Extraction.Publishers;

namespace NewsData.Extraction.People;

/// <summary>Authors from the byline, contributors from staff credits; reporters credited at the end stand in for a missing byline.</summary>
internal static class PeopleReader
{
    public static (List<string> Authors, List<string> Contributors) Read(List<LineInfo> lines, int end)
    {
        List<string>? byline = null;
        var reporters = new List<string>();
        var contributors = new List<string>();
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Byline && byline is null)
            {
                byline = line.Byline!.Authors;
            }
            else if (line.Kind == LineKind.CreditLine)
            {
                reporters.AddRange(line.Credits!.Reporters);
                contributors.AddRange(line.Credits.Contributors);
            }
        }

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

    /// <summary>"By John Smith, Reuters": the agency is the publisher's business, not an author, unless it is the only name.</summary>
    private static List<string> WithoutPublishers(List<string> names)
    {
        var people = names.FindAll(name => PublisherDirectory.Default.FindExact(name) is null);
        return people.Count > 0 ? people : names;
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
