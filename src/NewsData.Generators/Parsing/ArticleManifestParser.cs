using System;
using System.Collections.Generic;
using NewsData.Generators.Common;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Reads the manifest the build targets write (<c>obj/…/NewsData.articles.tsv</c>): a comment line, then
/// one line per article, <c>full path TAB resource name TAB silenced ids TAB last-write time</c>, one
/// per file the targets left out, <c>full path TAB TAB TAB TAB reason</c> (see <see cref="LeftOutFiles"/>), and
/// one per corrections file, <c>full path TAB TAB TAB last-write time TAB reason TAB corrected article</c>
/// (the article's full path, or <c>*</c> for the project-wide file).
/// Lenient: a line without a path is skipped, missing columns are empty.
/// </summary>
internal static class ArticleManifestParser
{
    /// <summary>
    /// The manifest at <paramref name="manifestPath"/> (null: the project names none), from the additional
    /// files named like a manifest (path and text; a null text could not be read). A named manifest that is
    /// missing, misnamed or unreadable is NEWS012, since without it no article would be compiled and nothing
    /// would say why.
    /// </summary>
    public static ArticleManifest Read(string? manifestPath, IReadOnlyList<(string Path, string? Text)> candidates)
    {
        if (manifestPath is null)
        {
            return ArticleManifest.Empty;
        }

        if (!ManifestPath.HasFileName(manifestPath))
        {
            return new ArticleManifest(EquatableArray<ManifestEntry>.Empty, Problem(manifestPath,
                $"The article list '{manifestPath}' that NewsDataManifest names must be a file named {ManifestPath.FileName}, the name the generator finds it by; no article is compiled. The package's targets write it under that name; a project that sets NewsDataManifest itself must use it too."));
        }

        var texts = new List<string?>(1);
        foreach (var candidate in candidates)
        {
            if (ManifestPath.Is(candidate.Path, manifestPath))
            {
                texts.Add(candidate.Text);
            }
        }

        if (texts.Count == 0)
        {
            return new ArticleManifest(EquatableArray<ManifestEntry>.Empty, Problem(manifestPath,
                $"The article list '{manifestPath}' that NewsDataManifest names is not one of the compiler's additional files, so no article is compiled. The package's targets add it; a project that sets NewsDataManifest itself must also add the file as an AdditionalFiles item."));
        }

        foreach (var text in texts)
        {
            if (text is null)
            {
                return new ArticleManifest(EquatableArray<ManifestEntry>.Empty, Problem(manifestPath,
                    $"The article list '{manifestPath}' could not be read, so no article is compiled. Rebuild to have the targets write it again."));
            }
        }

        return Parse(texts);
    }

    private static DiagnosticSpec Problem(string path, string message) =>
        DiagnosticSpec.Whole(NewsData.Extraction.DiagnosticIds.ManifestUnreadable, NewsData.Extraction.ExtractionSeverity.Error, message, path);

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
                var stamp = columns.Length > 3 && columns[3].Trim() is { Length: > 0 } time ? time : null;
                var leftOut = columns.Length > 4 && columns[4].Trim() is { Length: > 0 } reason ? reason : null;
                var corrects = columns.Length > 5 && columns[5].Trim() is { Length: > 0 } article ? article : null;
                entries.Add(new ManifestEntry(path, resource, suppressed, stamp, leftOut, corrects));
            }
        }

        return entries.Count == 0 ? ArticleManifest.Empty : new ArticleManifest(new EquatableArray<ManifestEntry>(entries.ToArray()));
    }
}
