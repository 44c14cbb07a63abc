using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsData.Generators;

namespace NewsData.Benchmarks;

/// <summary>
/// The generator driver on <see cref="Articles"/> synthesised scrapes: a cold run, a re-run after one body
/// edit, and a rebuild as the compiler server runs it with its generator cache (the same driver, a new
/// instance of every file, none changed): as the package's targets pass them, with last-write times in the
/// manifest, and without them, where every file is read again to compare it.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _texts;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private string[] _paths = null!;
    private GeneratorDriver _warmOnDisk = null!;
    private GeneratorDriver _warmOnDiskStamped = null!;

    [Params(2000, 10000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Bench", references: new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var synthesizer = new NewsData.CorpusSynth.ScrapeSynthesizer(seed: 7);
        _texts = Enumerable.Range(0, Articles).Select(synthesizer.Next).Select(f => (AdditionalText)new InMemoryText("/corpus/" + f.Name, f.Text)).ToImmutableArray();
        _warm = Create().RunGenerators(_compilation);
        var victim = _texts[Articles / 2];
        var text = victim.GetText()!.ToString();
        var lastParagraph = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        _edited = new InMemoryText(victim.Path, text.Insert(lastParagraph, "\n\nThe report was updated with further detail."));

        var folder = Path.Combine(Path.GetTempPath(), "newsdata-bench-" + Articles);
        Directory.CreateDirectory(folder);
        _paths = _texts.Select(t => Path.Combine(folder, Path.GetFileName(t.Path))).ToArray();
        for (var i = 0; i < _paths.Length; i++)
        {
            File.WriteAllText(_paths[i], _texts[i].GetText()!.ToString());
        }

        _warmOnDisk = CSharpGeneratorDriver.Create(
            new[] { new NewsCorpusGenerator().AsSourceGenerator() }, OnDisk(), CSharpParseOptions.Default, EmbeddedArticles.Options).RunGenerators(_compilation);
        _warmOnDiskStamped = CSharpGeneratorDriver.Create(
            new[] { new NewsCorpusGenerator().AsSourceGenerator() }, OnDiskStamped(), CSharpParseOptions.Default, EmbeddedArticles.Options).RunGenerators(_compilation);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_paths is { Length: > 0 })
        {
            Directory.Delete(Path.GetDirectoryName(_paths[0])!, recursive: true);
        }
    }

    [Benchmark(Description = "cold run")]
    public GeneratorDriver Cold() => Create().RunGenerators(_compilation);

    [Benchmark(Description = "incremental run after one body edit")]
    public GeneratorDriver Incremental() => _warm.ReplaceAdditionalText(_texts[Articles / 2], _edited).RunGenerators(_compilation);

    [Benchmark(Description = "rebuild on a warm compiler server (timestamps unchanged, no file read)")]
    public GeneratorDriver ServerRebuild() => _warmOnDiskStamped.ReplaceAdditionalTexts(OnDiskStamped()).RunGenerators(_compilation);

    [Benchmark(Description = "rebuild on a warm compiler server without timestamps (every file re-read, none changed)")]
    public GeneratorDriver ServerRebuildComparingTexts() => _warmOnDisk.ReplaceAdditionalTexts(OnDisk()).RunGenerators(_compilation);

    private ImmutableArray<AdditionalText> OnDisk() => EmbeddedArticles.WithManifest(_paths.Select(p => (AdditionalText)new FileText(p)));

    private ImmutableArray<AdditionalText> OnDiskStamped() => EmbeddedArticles.WithManifest(
        _paths.Select(p => (AdditionalText)new AdditionalTextFile(p)),
        p => File.GetLastWriteTimeUtc(p).ToString("yyyy-MM-dd HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture));

    private GeneratorDriver Create() => CSharpGeneratorDriver.Create(
        new[] { new NewsCorpusGenerator().AsSourceGenerator() }, EmbeddedArticles.WithManifest(_texts), CSharpParseOptions.Default, EmbeddedArticles.Options);
}
