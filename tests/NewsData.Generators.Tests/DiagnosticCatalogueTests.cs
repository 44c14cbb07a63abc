using System;
using System.IO;
using System.Linq;
using System.Reflection;
using NewsData.Extraction;

namespace NewsData.Generators.Tests;

/// <summary>Every diagnostic id is documented, release-tracked and has a descriptor: the catalogue cannot drift.</summary>
public class DiagnosticCatalogueTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_is_in_the_docs_the_release_tracking_and_the_descriptors(string id)
    {
        var root = NewsData.Tests.Shared.RepositoryFiles.Root;
        var docs = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"));
        var releases = File.ReadAllText(Path.Combine(root, "src", "NewsData.Generators", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(root, "src", "NewsData.Generators", "AnalyzerReleases.Unshipped.md"));

        Assert.Contains($"## {id}: ", docs, StringComparison.Ordinal);
        Assert.Contains($"<a id=\"{id.ToLowerInvariant()}\"></a>", docs, StringComparison.Ordinal);
        Assert.Contains($"{id} | NewsData |", releases, StringComparison.Ordinal);
        var spec = Specs.DiagnosticSpec.Whole(id, ExtractionSeverity.Warning, "message", null);
        Assert.Equal(id, DiagnosticDescriptors.ToDiagnostic(spec).Id);
    }
}
