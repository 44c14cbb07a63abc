using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace NewsData.Package.Tests;

/// <summary>What is inside the .nupkg and .snupkg that <c>dotnet pack</c> makes.</summary>
public class PackageLayoutTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    private static readonly string[] AnalyzerAssemblies = ["NewsData.Generators.dll", "NewsData.Extraction.dll", "NewsData.dll"];

    [Fact]
    public void The_generator_and_everything_it_loads_are_analyzers_and_the_model_is_lib()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.All(AnalyzerAssemblies, name => Assert.Contains("analyzers/dotnet/cs/" + name, entries));
        Assert.Contains("lib/netstandard2.0/NewsData.dll", entries);
        Assert.Contains("lib/netstandard2.0/NewsData.xml", entries);
        Assert.Contains("lib/net8.0/NewsData.dll", entries);
        Assert.Contains("buildTransitive/NewsData.Generators.props", entries);
        Assert.Contains("buildTransitive/NewsData.Generators.targets", entries);
        // Nothing the consumer compiles against but the model: the generator is never a lib/ reference.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_corpus_ships_as_the_default_dataset()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var seeds = Directory.GetFiles(Path.Combine(feed.RepositoryRoot, "seeds"), "*.txt").Select(f => Path.GetFileName(f)).Order().ToList();

        Assert.NotEmpty(seeds);
        Assert.Equal(seeds, package.Entries.Where(e => e.FullName.StartsWith("seeds/", StringComparison.Ordinal)).Select(e => e.Name).Order().ToList());
        foreach (var seed in seeds)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(feed.RepositoryRoot, "seeds", seed)), Bytes(package.GetEntry("seeds/" + seed)!));
        }
    }

    [Fact]
    public void The_corrections_schema_ships_as_docs_has_it()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);

        Assert.Equal(File.ReadAllBytes(Path.Combine(feed.RepositoryRoot, "docs", "corrections.schema.json")), Bytes(package.GetEntry("schema/corrections.schema.json")!));
    }

    [Fact]
    public void The_packed_generator_references_Roslyn_no_newer_than_4_8()
    {
        // Newer Microsoft.CodeAnalysis references fail to load in .NET 8 SDKs and VS 17.8.
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var roslynReferences = 0;
        foreach (var name in AnalyzerAssemblies)
        {
            using var pe = Assembly(package.GetEntry("analyzers/dotnet/cs/" + name)!);
            var metadata = pe.GetMetadataReader();
            foreach (var reference in metadata.AssemblyReferences.Select(metadata.GetAssemblyReference))
            {
                if (metadata.GetString(reference.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    roslynReferences++;
                    Assert.True(reference.Version <= new Version(4, 8, 0, 0), $"{name} references {metadata.GetString(reference.Name)} {reference.Version}");
                }
            }
        }

        Assert.True(roslynReferences > 0, "the generator should reference Microsoft.CodeAnalysis");
    }

    [Fact]
    public void Every_packed_assembly_is_built_deterministically()
    {
        // The compiler marks a deterministic build with a Reproducible debug directory entry.
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var assemblies = package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assemblies);
        foreach (var entry in assemblies)
        {
            using var pe = Assembly(entry);
            Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.Reproducible);
        }
    }

    [Fact]
    public void The_manifest_has_no_dependencies_and_carries_readme_icon_license_and_repository()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var nuspecEntry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("NewsData.Generators", Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.NotNull(package.GetEntry(Value("icon")!));
        // The package's own README (PACKAGE.md), not the repository's: on a package page only absolute links work.
        var readme = Text(package.GetEntry(Value("readme")!)!);
        Assert.Equal(File.ReadAllText(Path.Combine(feed.RepositoryRoot, "src", "NewsData.Generators", "PACKAGE.md")), readme);
        Assert.DoesNotMatch(@"\]\((?!https?://|#)", readme);
        // Outward links come from the project's public address alone, and are left out while it is unknown.
        var address = XDocument.Load(Path.Combine(feed.RepositoryRoot, "Directory.Build.props")).Descendants("NewsDataPublicAddress").Single().Value.Trim();
        Assert.Equal(address.Length == 0 ? null : address, Value("projectUrl"));
        Assert.Equal(address.Length != 0, package.GetEntry("buildTransitive/NewsData.Generators.HelpLink.props") is not null);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        // Everything the generator needs is inside; a consumer gets no transitive packages from it.
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.Descendants().Any(d => d.Name.LocalName == "dependency"));
    }

    [Fact]
    public void The_symbols_package_has_a_pdb_for_every_assembly()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        using var symbols = ZipFile.OpenRead(feed.SymbolsPackagePath);
        var pdbs = symbols.Entries.Select(e => e.FullName).ToHashSet();

        var assemblies = package.Entries.Select(e => e.FullName).Where(e => e.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assemblies);
        Assert.All(assemblies, dll => Assert.Contains(Path.ChangeExtension(dll, ".pdb"), pdbs));
    }

    private static string Text(ZipArchiveEntry entry) => System.Text.Encoding.UTF8.GetString(Bytes(entry));

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var content = entry.Open();
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A packed assembly for reading its metadata (a zip entry's stream cannot seek, so it is copied).</summary>
    private static PEReader Assembly(ZipArchiveEntry entry) => new(new MemoryStream(Bytes(entry)));
}
