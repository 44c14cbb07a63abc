using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsData.CorpusSynth;
using NewsData.Generators;

namespace NewsData.Benchmarks;

/// <summary>
/// First access to a compiled corpus, against enumerating the same files from EmbeddedResource
/// streams. Every iteration loads the consumer assembly into a fresh load context, so "first" is first.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 15, invocationCount: 1)]
public class RuntimeBenchmarks
{
    private byte[] _image = null!;
    private Assembly _assembly = null!;
    private AssemblyLoadContext? _context;

    [Params(2000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var synthesizer = new ScrapeSynthesizer(seed: 7);
        var files = Enumerable.Range(0, Articles).Select(synthesizer.Next).ToList();
        var texts = files.Select(f => (AdditionalText)new InMemoryText("/corpus/" + f.Name, f.Text)).ToImmutableArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Append(typeof(Article).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Consumer", references: references, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        CSharpGeneratorDriver.Create(new[] { new NewsCorpusGenerator().AsSourceGenerator() }, EmbeddedArticles.WithManifest(texts), CSharpParseOptions.Default, EmbeddedArticles.Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var stream = new MemoryStream();
        var resources = files.Select(f => new ResourceDescription(EmbeddedArticles.ResourceName("/corpus/" + f.Name), () => new MemoryStream(Encoding.UTF8.GetBytes(f.Text)), true));
        var result = output.Emit(stream, manifestResources: resources);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Take(5)));
        }

        _image = stream.ToArray();
    }

    [IterationSetup]
    public void LoadFresh()
    {
        _context?.Unload();
        _context = new AssemblyLoadContext("corpus", isCollectible: true);
        _assembly = _context.LoadFromStream(new MemoryStream(_image));
    }

    [Benchmark(Baseline = true, Description = "EmbeddedResource: read and decode every stream")]
    public long Streams()
    {
        long total = 0;
        foreach (var name in _assembly.GetManifestResourceNames())
        {
            total += ArticleResources.Load(_assembly, name).Length;
        }

        return total;
    }

    [Benchmark(Description = "NewsCorpus.Articles: count and ids (no text)")]
    public int Listing() => CorpusArticles().Sum(a => a.Id.Length);

    [Benchmark(Description = "NewsCorpus.Articles: every title and paragraph")]
    public long Bodies() => CorpusArticles().Sum(a => (long)a.Title.Length + a.Paragraphs.Sum(p => p.Length));

    private IReadOnlyList<Article> CorpusArticles() =>
        (IReadOnlyList<Article>)_assembly.GetType("NewsData.NewsCorpus")!.GetProperty("Articles")!.GetValue(null)!;
}
