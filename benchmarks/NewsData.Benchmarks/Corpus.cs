using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsData.Benchmarks;

/// <summary>The seed articles, and a larger corpus made by varying them deterministically (ids and one sentence).</summary>
internal static class Corpus
{
    /// <summary>The seed files on disk, in name order.</summary>
    public static IReadOnlyList<string> SeedPaths { get; } =
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>The same files read into memory, with their names.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Seeds { get; } =
        SeedPaths.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();

    public static List<(string Path, string Text)> Copies(int count)
    {
        var result = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var seed = Seeds[i % Seeds.Count];
            var text = Encoding.UTF8.GetString(seed.Bytes) + $"\n\nVariant {i} was filed by a benchmark desk.\n";
            result.Add(($"/corpus/{i:D5}_{seed.Name}", text));
        }

        return result;
    }
}
