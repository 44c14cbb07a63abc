using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsData.Benchmarks;

/// <summary>The seed articles the benchmarks copy next to themselves.</summary>
internal static class Corpus
{
    /// <summary>The seed files on disk, in name order.</summary>
    public static IReadOnlyList<string> SeedPaths { get; } =
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
}
