using System;
using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Publishers;

/// <summary>
/// The table of known publishers (Publishers/KnownPublishers.tsv, embedded): maps the domains a page's
/// URLs come from, and the names its masthead, title or house byline print, to one canonical name.
/// </summary>
internal sealed class PublisherDirectory
{
    private readonly List<(string Domain, string Name)> _domains = new();
    private readonly Dictionary<string, string> _byDomain = new(StringComparer.Ordinal);
    private readonly List<(string Alias, string Name)> _names = new();
    private readonly Dictionary<string, string> _exact = new(StringComparer.OrdinalIgnoreCase);

    private PublisherDirectory()
    {
    }

    public static PublisherDirectory Default { get; } = Load();

    /// <summary>The publisher serving <paramref name="url"/>, by its host or a parent domain of it.</summary>
    public string? FindByUrl(string url)
    {
        var host = HostOf(url);
        if (host is null)
        {
            return null;
        }

        // The host, then each parent domain, longest first: the first known one is the longest match.
        for (var from = 0; from >= 0; from = host.IndexOf('.', from) is var dot and >= 0 ? dot + 1 : -1)
        {
            if (_byDomain.TryGetValue(from == 0 ? host : host.Substring(from), out var name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The publisher whose name (or another name it goes by) occurs first in <paramref name="text"/>, as whole words.</summary>
    public string? FindNameIn(string text)
    {
        // A name occurs as a whole word only where a word starts with its first character: the
        // characters that start words in the text rule out most of the few hundred names at once.
        var starts = new WordStarts(text);
        string? best = null;
        int bestAt = int.MaxValue, bestLength = 0;
        foreach (var (alias, name) in _names)
        {
            if (alias.Length > 0 && !starts.MayStartWith(alias[0]))
            {
                continue;
            }

            var at = IndexOfWord(text, alias);
            if (at >= 0 && (at < bestAt || (at == bestAt && alias.Length > bestLength)))
            {
                best = name;
                bestAt = at;
                bestLength = alias.Length;
            }
        }

        return best;
    }

    /// <summary>The canonical name when <paramref name="text"/> is, in its entirety, a known publisher's name.</summary>
    public string? FindExact(string text)
    {
        // A dictionary, because the classifier asks this of every short line.
        return _exact.TryGetValue(text.Trim(), out var name) ? name : null;
    }

    /// <summary>Every publisher with the other names it goes by, for the entity gazetteer.</summary>
    public IEnumerable<(string Name, List<string> Aliases)> Names()
    {
        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (alias, name) in _names)
        {
            if (!byName.TryGetValue(name, out var aliases))
            {
                byName[name] = aliases = new List<string>();
                order.Add(name);
            }

            if (alias != name)
            {
                aliases.Add(alias);
            }
        }

        foreach (var name in order)
        {
            yield return (name, byName[name]);
        }
    }

    /// <summary>The lower-case host of an absolute http(s) URL, without "www.", or null.</summary>
    public static string? HostOf(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return null;
        }

        var start = schemeEnd + 3;
        var end = start;
        while (end < url.Length && url[end] is not ('/' or ':' or '?' or '#'))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        var host = AsciiCase.ToLower(url.Substring(start, end - start));
        return host.StartsWith("www.", StringComparison.Ordinal) ? host.Substring(4) : host;
    }

    private static int IndexOfWord(string text, string word)
    {
        var from = 0;
        while (from <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static PublisherDirectory Load()
    {
        var directory = new PublisherDirectory();
        foreach (var columns in EmbeddedTable.Rows("NewsData.Extraction.KnownPublishers.tsv"))
        {
            var name = columns[0].Trim();
            directory._names.Add((name, name));
            foreach (var domain in EmbeddedTable.Items(columns, 1))
            {
                directory._domains.Add((AsciiCase.ToLower(domain), name));
            }

            foreach (var alias in EmbeddedTable.Items(columns, 2))
            {
                directory._names.Add((alias, name));
            }
        }

        foreach (var (alias, name) in directory._names)
        {
            if (!directory._exact.ContainsKey(alias))
            {
                directory._exact[alias] = name; // the first entry wins, as the table's order says
            }
        }

        // Longer domains first, so news.sky.com wins over a shorter parent domain of another outlet.
        directory._domains.Sort((a, b) => b.Domain.Length.CompareTo(a.Domain.Length));
        foreach (var (domain, name) in directory._domains)
        {
            if (!directory._byDomain.ContainsKey(domain))
            {
                directory._byDomain[domain] = name; // the first in that order wins
            }
        }

        return directory;
    }

}
