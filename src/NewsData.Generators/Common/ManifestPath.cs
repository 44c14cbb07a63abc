using System.Collections.Generic;
using System.Text;

namespace NewsData.Generators.Common;

/// <summary>
/// Paths as a comparable key: MSBuild writes <c>%(FullPath)</c> with <c>..</c> resolved, while the
/// compiler may pass an additional file's path with <c>..</c> segments and either separator. Pure
/// string work, no file system (generators must not touch it).
/// </summary>
internal static class ManifestPath
{
    /// <summary>
    /// The manifest's file name. The generator picks the manifest out of the additional files by this name
    /// alone, which needs no build property: one pipeline step over the files rather than a step to join each
    /// file with the property and another to filter, which an edit costs at 10,000 articles (docs/performance.md).
    /// <see cref="Is"/> then settles which file of that name the property means.
    /// </summary>
    public const string FileName = "NewsData.articles.tsv";

    /// <summary>Whether <paramref name="path"/> ends in a file named <see cref="FileName"/>, spelled in any case.</summary>
    public static bool HasFileName(string path) =>
        path.EndsWith(FileName, System.StringComparison.OrdinalIgnoreCase)
        && (path.Length == FileName.Length || path[path.Length - FileName.Length - 1] is '/' or '\\');

    /// <summary>Whether <paramref name="path"/> is the file whose <see cref="Normalize"/>d key is <paramref name="key"/>.</summary>
    public static bool Is(string path, string key) => Normalize(path) == key;

    public static string Normalize(string path)
    {
        var rooted = path.StartsWith("/", System.StringComparison.Ordinal) || path.StartsWith("\\", System.StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in path.Split('/', '\\'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        var result = new StringBuilder(path.Length);
        if (rooted)
        {
            result.Append('/');
        }

        result.Append(string.Join("/", parts));
        // Windows paths compare without case; a drive letter says which kind of path this is.
        return path.Length > 1 && path[1] == ':' ? result.ToString().ToUpperInvariant() : result.ToString();
    }
}
