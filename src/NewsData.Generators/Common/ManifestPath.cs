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
    /// Whether <paramref name="path"/> is the file whose <see cref="Normalize"/>d key is <paramref name="key"/>.
    /// The file names are compared first, so the other additional files (thousands of articles) are
    /// told apart without normalising each one.
    /// </summary>
    public static bool Is(string path, string key)
    {
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        var sameName = key.Length == name.Length
            ? string.Equals(key, name, System.StringComparison.OrdinalIgnoreCase)
            : key.EndsWith("/" + name, System.StringComparison.OrdinalIgnoreCase);
        return sameName && Normalize(path) == key;
    }

    private static readonly char[] Separators = { '/', '\\' };

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
