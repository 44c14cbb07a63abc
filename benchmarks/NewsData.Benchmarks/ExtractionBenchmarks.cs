using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using NewsData.Extraction;

namespace NewsData.Benchmarks;

/// <summary>
/// Extraction against the floor of merely reading and decoding the same bytes, on both seeds and on 100
/// synthesised scrapes (about 3.6 KB each, the size of the build benchmark's articles).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<string> _paths = Array.Empty<string>();
    private IReadOnlyList<(string Name, byte[] Bytes)> _files = Array.Empty<(string, byte[])>();
    private string? _folder;

    [Params("seeds", "synthesised")]
    public string Files { get; set; } = "seeds";

    [GlobalSetup]
    public void Setup()
    {
        if (Files == "seeds")
        {
            _paths = Corpus.SeedPaths;
        }
        else
        {
            _folder = Path.Combine(Path.GetTempPath(), "newsdata-extraction-bench");
            Directory.CreateDirectory(_folder);
            var synthesizer = new NewsData.CorpusSynth.ScrapeSynthesizer(seed: 7);
            var paths = new List<string>();
            for (var i = 0; i < 100; i++)
            {
                var (name, text) = synthesizer.Next(i);
                var path = Path.Combine(_folder, name);
                File.WriteAllText(path, text);
                paths.Add(path);
            }

            _paths = paths;
        }

        _files = _paths.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "UTF-8 decode only")]
    public int Decode()
    {
        var length = 0;
        foreach (var (_, bytes) in _files)
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
        foreach (var path in _paths)
        {
            length += Encoding.UTF8.GetString(File.ReadAllBytes(path)).Length;
        }

        return length;
    }

    /// <summary>
    /// Reading each file as the compiler reads an additional file (Roslyn's <c>EncodedStringText</c>: the
    /// bytes, a strict UTF-8 decode into a <see cref="SourceText"/>, and the SHA-256 checksum csc computes
    /// by default), then taking its text as the generator does, with <c>ToString()</c>. Context for the
    /// other rows: what a build already spends on each article before extraction starts. The issue's
    /// target is against <see cref="ReadAndDecode"/>, the cheapest reading there is.
    /// </summary>
    [Benchmark(Description = "read file as csc does + ToString")]
    public int ReadAsCompiler()
    {
        var length = 0;
        foreach (var path in _paths)
        {
            var bytes = File.ReadAllBytes(path);
            var text = SourceText.From(bytes, bytes.Length, StrictUtf8, SourceHashAlgorithm.Sha256);
            length += text.ToString().Length;
        }

        return length;
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The least any entity recogniser must do: one pass that finds each word and looks it up in a
    /// vocabulary, with no allocation. It bounds how close to the decode floor extraction can get.
    /// </summary>
    [Benchmark(Description = "decode + one lookup per word")]
    public int DecodeAndLookUpWords()
    {
        var known = 0;
        foreach (var (_, bytes) in _files)
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
        foreach (var (name, bytes) in _files)
        {
            paragraphs += ArticleExtractor.Extract(name, SourceDecoder.Decode(bytes)).Article!.Paragraphs.Count;
        }

        return paragraphs;
    }
}
