using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsData.Cli;

/// <summary>Expands command-line paths: a file stands for itself, a folder for its *.txt files sorted by name.</summary>
internal static class ArticleFiles
{
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path, "*.txt").OrderBy(Path.GetFileName, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No file or folder at '{path}'.", path);
            }
        }

        return files;
    }
}
