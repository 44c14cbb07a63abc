using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using NewsData.Extraction;

namespace NewsData.Benchmarks;

/// <summary>Extraction of both seeds against the floor of merely decoding their bytes.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    [Benchmark(Baseline = true, Description = "UTF-8 decode only")]
    public int Decode()
    {
        var length = 0;
        foreach (var (_, bytes) in Corpus.Seeds)
        {
            length += Encoding.UTF8.GetString(bytes).Length;
        }

        return length;
    }

    /// <summary>Reading each file from disk (the page cache, in practice) and decoding it: what a build does before extraction.</summary>
    [Benchmark(Description = "read file + UTF-8 decode")]
    public int ReadAndDecode()
    {
        var length = 0;
        foreach (var path in Corpus.SeedPaths)
        {
            length += Encoding.UTF8.GetString(File.ReadAllBytes(path)).Length;
        }

        return length;
    }

    /// <summary>
    /// The least any entity recogniser must do: one pass that finds each word and looks it up in a
    /// vocabulary, with no allocation. It bounds how close to the decode floor extraction can get.
    /// </summary>
    [Benchmark(Description = "decode + one lookup per word")]
    public int DecodeAndLookUpWords()
    {
        var known = 0;
        foreach (var (_, bytes) in Corpus.Seeds)
        {
            var text = Encoding.UTF8.GetString(bytes).AsSpan();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    if (Vocabulary.Contains(text[start..i]))
                    {
                        known++;
                    }

                    start = -1;
                }
            }
        }

        return known;
    }

    // Words from the gazetteers' scale: a few thousand entries, compared ignoring case.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Vocabulary =
        Enumerable.Range(0, 4000).Select(i => "Word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(["Putin", "Russia", "Ukraine", "Kyiv", "Moscow", "said", "told", "President"])
            .ToHashSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    [Benchmark(Description = "decode + extract")]
    public int Extract()
    {
        var paragraphs = 0;
        foreach (var (name, bytes) in Corpus.Seeds)
        {
            paragraphs += ArticleExtractor.Extract(name, SourceDecoder.Decode(bytes)).Article!.Paragraphs.Count;
        }

        return paragraphs;
    }
}
