using System;
using System.Collections.Generic;
using NewsData.Generators.Common;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Reads the manifest the build targets write (<c>obj/…/NewsData.articles.tsv</c>): a comment line, then
/// one line per article, <c>full path TAB resource name TAB silenced ids</c>. Lenient: a line without
/// a path is skipped, missing columns are empty.
/// </summary>
internal static class ArticleManifestParser
{
    public static ArticleManifest Parse(IEnumerable<string?> manifests)
    {
        var entries = new List<ManifestEntry>();
        foreach (var text in manifests)
        {
            if (text is null)
            {
                continue;
            }

            foreach (var rawLine in text.Split('\n'))
            {
                var line = rawLine.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var columns = line.Split('\t');
                var path = columns[0].Trim();
                if (path.Length == 0)
                {
                    continue;
                }

                var resource = columns.Length > 1 && columns[1].Trim() is { Length: > 0 } name ? name : null;
                var suppressed = columns.Length > 2 ? ArticleFileFilter.ParseIds(columns[2]) : EquatableArray<string>.Empty;
                entries.Add(new ManifestEntry(path, resource, suppressed));
            }
        }

        return entries.Count == 0 ? ArticleManifest.Empty : new ArticleManifest(new EquatableArray<ManifestEntry>(entries.ToArray()));
    }
}
