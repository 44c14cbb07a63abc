using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

// Compares two builds of NewsData.Extraction in one process. Each build is loaded twice, each time
// into its own AssemblyLoadContext, in the order A B B A: where code lands and when it is compiled
// moves a loop's speed by a few per cent, so a build loaded once, second, looked 1 to 4 % faster than
// the same build loaded first. Blocks of passes over the same files then go through the four copies,
// each build first half of the time, so that the machine's drift (this 2-core machine moves by 10 to
// 15 % from one minute to the next) falls on both builds alike. Prints each build's per-pass time
// and allocation, and the median of the per-round ratios B/A.
//   NewsData.ExtractionAB DIR_A DIR_B CORPUS_DIR [PASSES_PER_BLOCK=500] [ROUNDS=50]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: NewsData.ExtractionAB DIR_A DIR_B CORPUS_DIR [PASSES_PER_BLOCK=500] [ROUNDS=50]");
    return 2;
}

var files = Directory.GetFiles(args[2]).OrderBy(f => f, StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
var passes = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 500;
var rounds = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 50;
var copies = new[] { Side.Load(args[0], "A1"), Side.Load(args[1], "B1"), Side.Load(args[1], "B2"), Side.Load(args[0], "A2") };
var build = new[] { 0, 1, 1, 0 };
var times = new[] { new List<double>(), new List<double>() };
var allocated = new double[2];
for (var round = 0; round < rounds; round++)
{
    var sums = new double[2];
    for (var turn = 0; turn < copies.Length; turn++)
    {
        var c = round % 2 == 0 ? turn : copies.Length - 1 - turn;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var (name, bytes) in files)
            {
                GC.KeepAlive(copies[c].Extract(name, copies[c].Decode(bytes), CancellationToken.None));
            }
        }

        sums[build[c]] += clock.Elapsed.TotalMicroseconds / passes / 2;
        allocated[build[c]] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)passes;
    }

    times[0].Add(sums[0]);
    times[1].Add(sums[1]);
}

// The first quarter of the rounds is warm-up (tiering, caches) and is left out.
for (var s = 0; s < 2; s++)
{
    var warm = times[s].Skip(rounds / 4).OrderBy(t => t).ToList();
    Console.WriteLine($"{"AB"[s]}: per pass min {warm[0]:F1} us, p25 {warm[warm.Count / 4]:F1}, median {warm[warm.Count / 2]:F1}; allocated {allocated[s] / 1024:F1} KB");
}

var ratios = times[0].Zip(times[1], (a, b) => b / a).Skip(rounds / 4).OrderBy(r => r).ToList();
Console.WriteLine($"B/A per round: median {ratios[ratios.Count / 2]:F3} (p25 {ratios[ratios.Count / 4]:F3}, p75 {ratios[ratios.Count * 3 / 4]:F3})");
return 0;

/// <summary>One build of the extractor, loaded on its own, reached through its two public entry points.</summary>
internal sealed record Side(Func<string, string, CancellationToken, object> Extract, Func<byte[], string> Decode)
{
    public static Side Load(string directory, string name)
    {
        var context = new AssemblyLoadContext(name);
        context.Resolving += (loader, assembly) =>
            Path.Combine(directory, assembly.Name + ".dll") is var path && File.Exists(path) ? loader.LoadFromAssemblyPath(path) : null;
        var extraction = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(directory, "NewsData.Extraction.dll")));
        var extract = extraction.GetType("NewsData.Extraction.ArticleExtractor", throwOnError: true)!
            .GetMethod("Extract", new[] { typeof(string), typeof(string), typeof(CancellationToken) })!;
        var decode = extraction.GetType("NewsData.Extraction.SourceDecoder", throwOnError: true)!
            .GetMethod("Decode", new[] { typeof(byte[]) })!;
        return new Side(extract.CreateDelegate<Func<string, string, CancellationToken, object>>(), decode.CreateDelegate<Func<byte[], string>>());
    }
}
