using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsData.Cli;

/// <summary>
/// Expands command-line paths: a file stands for itself, a folder for its .txt files sorted by name. The
/// extension is matched without regard to case (UPPER.TXT counts), so a folder means the same files on every
/// file system. A path that yields no file is an error that names the path and what it holds instead.
/// </summary>
internal static class ArticleFiles
{
    private static readonly EnumerationOptions TextFiles = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        MatchType = MatchType.Simple,
        AttributesToSkip = 0, // hidden files are articles too, as they were with Directory.GetFiles
    };

    /// <summary>The files, in order; or, when any path yields none, every such path with the reason.</summary>
    public static (List<string> Files, List<string> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.txt", TextFiles).OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    problems.Add(NoTextFiles(path));
                }

                files.AddRange(found);
            }
            else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                files.Add(path); // a file, or a link to nothing: ArticleFileReader gives it its diagnostic
            }
            else
            {
                problems.Add($"no file or folder at '{path}'.");
            }
        }

        return (files, problems);
    }

    private static string NoTextFiles(string folder)
    {
        var others = Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var holds = others.Count == 0 ? "it is empty"
            : "it holds " + string.Join(", ", others.Take(5).Select(name => $"'{name}'")) + (others.Count > 5 ? $" and {others.Count - 5} more" : "");
        return $"'{folder}' holds no .txt file, so no article ({holds}). Name the files, or put the articles in .txt files.";
    }
}
