using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsData.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="NewsCorpusGenerator"/> the way the compiler does, in memory: a consumer compilation
/// referencing the runtime model, article files as additional texts with their MSBuild metadata, and
/// step tracking on so tests can see what ran.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string ArticleKind = "build_metadata.AdditionalFiles.NewsDataKind";

    // The framework's own assemblies plus the runtime model: what a consumer project compiles against.
    // (The test process's other assemblies are no part of a consumer.)
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal));
        return platform.Append(typeof(Article).Assembly.Location)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private CSharpParseOptions _parseOptions = ParseOptions;
    private readonly List<MetadataReference> _extraReferences = new();
    private readonly List<AdditionalText> _texts = new();
    private readonly List<(string Name, string Text)> _resources = new();
    private readonly Dictionary<string, Dictionary<string, string>> _fileOptions = new();
    private readonly Dictionary<string, string> _globalOptions = new();

    public GeneratorHarness AddArticle(string path, string? text, string? suppress = null) => AddArticle(new InMemoryAdditionalText(path, text), suppress);

    /// <summary>An article the build targets would also embed as a manifest resource (as the package does).</summary>
    public GeneratorHarness AddEmbeddedArticle(string path, string text)
    {
        AddArticle(path, text);
        var name = "NewsData.Article:" + path;
        _fileOptions[path]["build_metadata.AdditionalFiles.NewsDataResource"] = name;
        _resources.Add((name, text));
        return this;
    }

    public GeneratorHarness AddEmbeddedSeeds()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            AddEmbeddedArticle("/corpus/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        return this;
    }

    public GeneratorHarness AddArticle(AdditionalText text, string? suppress = null)
    {
        _texts.Add(text);
        _fileOptions[text.Path] = new Dictionary<string, string> { [ArticleKind] = "Article" };
        if (suppress is not null)
        {
            _fileOptions[text.Path]["build_metadata.AdditionalFiles.NewsDataSuppress"] = suppress;
        }

        return this;
    }

    public GeneratorHarness AddSeeds()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            AddArticle("/corpus/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        return this;
    }

    /// <summary>The manifest path the targets would set as NewsDataManifest.</summary>
    public const string ManifestPath = "/project/obj/NewsData.articles.tsv";

    private readonly List<string> _manifestLines = new();

    /// <summary>
    /// An article as the package's targets pass it: a plain additional file at <paramref name="compilerPath"/>,
    /// listed in the manifest under <paramref name="manifestPath"/> (MSBuild's full path, which may be
    /// spelled differently), with its resource name and silenced ids.
    /// </summary>
    public GeneratorHarness AddListedArticle(string compilerPath, string text, string? manifestPath = null, string? resource = null, string? suppress = null) =>
        AddListedArticle(new InMemoryAdditionalText(compilerPath, text), manifestPath, resource, suppress);

    /// <summary>As above, for a given additional file, with the last-write time the targets would record for it.</summary>
    public GeneratorHarness AddListedArticle(AdditionalText file, string? manifestPath = null, string? resource = null, string? suppress = null, string? stamp = null)
    {
        _texts.Add(file);
        _manifestLines.Add($"{manifestPath ?? file.Path}\t{resource}\t{suppress}\t{stamp}");
        if (resource is not null)
        {
            _resources.Add((resource, file.GetText()!.ToString()));
        }

        return this;
    }

    /// <summary>
    /// A corrections file as the targets pass it: an additional file listed in the manifest with what it corrects,
    /// the full path of its article or "*" for the project-wide file.
    /// </summary>
    public GeneratorHarness AddListedCorrections(string path, string text, string corrects, string? stamp = null) =>
        AddListedCorrections(new InMemoryAdditionalText(path, text), corrects, stamp);

    public GeneratorHarness AddListedCorrections(AdditionalText file, string corrects, string? stamp = null)
    {
        _texts.Add(file);
        _manifestLines.Add($"{file.Path}\t\t\t{stamp}\t\t{corrects}");
        return this;
    }

    /// <summary>A file the targets left out (a pipe, a link to nothing, …): a manifest line with the reason, no additional file.</summary>
    public GeneratorHarness AddLeftOutFile(string manifestPath, string reason)
    {
        _manifestLines.Add($"{manifestPath}\t\t\t\t{reason}");
        return this;
    }

    /// <summary>The manifest file the last driver was created with, if any article was listed.</summary>
    public AdditionalText? Manifest { get; private set; }

    /// <summary>The manifest as the targets write it, for the articles added with <see cref="AddListedArticle"/>.</summary>
    public string ManifestText => "# NewsData article manifest: full path, resource name, silenced warning ids, last-write time (tab-separated)\n" + string.Join("\n", _manifestLines) + "\n";

    /// <summary>An additional file that is not an article (no NewsDataKind metadata).</summary>
    public GeneratorHarness AddOtherFile(string path, string? text)
    {
        _texts.Add(new InMemoryAdditionalText(path, text));
        return this;
    }

    public GeneratorHarness WithProperty(string name, string value)
    {
        _globalOptions["build_property." + name] = value;
        return this;
    }

    /// <summary>Compiles the consumer as that C# version (a netstandard2.0 project defaults to 7.3).</summary>
    public GeneratorHarness WithLanguageVersion(LanguageVersion version)
    {
        _parseOptions = _parseOptions.WithLanguageVersion(version);
        return this;
    }

    /// <summary>Adds the assembly of <paramref name="type"/> to the consumer's references (xunit, say).</summary>
    public GeneratorHarness WithReferenceTo(Type type)
    {
        _extraReferences.Add(MetadataReference.CreateFromFile(type.Assembly.Location));
        return this;
    }

    public IReadOnlyList<AdditionalText> Texts => _texts;

    public GeneratorDriver CreateDriver()
    {
        var texts = _texts.ToList();
        if (_manifestLines.Count > 0)
        {
            Manifest = new InMemoryAdditionalText(ManifestPath, ManifestText);
            texts.Add(Manifest);
            _globalOptions["build_property.NewsDataManifest"] = ManifestPath;
        }

        return CSharpGeneratorDriver.Create(
            new[] { new NewsCorpusGenerator().AsSourceGenerator() },
            texts,
            _parseOptions,
            new TestOptionsProvider(_globalOptions, _fileOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static CSharpCompilation CreateCompilation(string source = "") => CreateCompilation(source, ParseOptions, Array.Empty<MetadataReference>());

    private static CSharpCompilation CreateCompilation(string source, CSharpParseOptions parseOptions, IEnumerable<MetadataReference> extraReferences) =>
        CSharpCompilation.Create(
            "NewsData.Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions) },
            References.Value.Concat(extraReferences),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: parseOptions.LanguageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    /// <summary>The consumer compilation as this harness is set up (language version, references), with <paramref name="source"/> in it.</summary>
    public CSharpCompilation Consumer(string source = "") => CreateCompilation(source, _parseOptions, _extraReferences);

    /// <summary>Runs the generator once; returns the driver (for incremental re-runs), the output compilation and the run result.</summary>
    public GeneratorRun Run()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(Consumer(), out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics, driver.GetRunResult()) { Resources = _resources.ToList() };
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Result)
{
    /// <summary>Manifest resources the build would embed (name, text as UTF-8).</summary>
    public IReadOnlyList<(string Name, string Text)> Resources { get; init; } = Array.Empty<(string, string)>();

    public GeneratorRunResult Generator => Result.Results.Single();

    public IReadOnlyList<GeneratedSourceResult> Sources => Generator.GeneratedSources;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler diagnostics of the consumer with the generated code in it, warnings included.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
