using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NewsData.Extraction.Text;

/// <summary>Reads the tab-separated data files embedded in this assembly: '#' starts a comment line, lists inside a column are comma-separated.</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string[]> Rows(string resourceName)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The data file {resourceName} is not embedded in NewsData.Extraction.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    /// <summary>The comma-separated, trimmed, non-empty items of column <paramref name="index"/> (none when the row is shorter).</summary>
    public static IEnumerable<string> Items(string[] columns, int index)
    {
        if (index >= columns.Length)
        {
            yield break;
        }

        foreach (var item in columns[index].Split(','))
        {
            if (item.Trim() is { Length: > 0 } value)
            {
                yield return value;
            }
        }
    }
}
