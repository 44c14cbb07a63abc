using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NewsData.Benchmarks;

/// <summary>An article file in memory, as the compiler hands it to the generator.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>An article file on disk, read on first use and kept, as the compiler's own additional files are.</summary>
internal sealed class FileText(string path) : AdditionalText
{
    private SourceText? _text;

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _text ??= SourceText.From(System.IO.File.ReadAllText(path));
}

/// <summary>
/// Articles as the package's targets pass them: plain additional files, listed with their resource
/// names in the article manifest that the NewsDataManifest build property names.
/// </summary>
internal static class EmbeddedArticles
{
    private const string ManifestPath = "/obj/NewsData.articles.tsv";

    /// <summary>The manifest resource name the targets give an article: the same in the benchmark's emitted assembly.</summary>
    public static string ResourceName(string path) => "NewsData.Article:" + path;

    /// <summary>The articles plus the manifest listing them, with each one's last-write time if <paramref name="stamp"/> gives it.</summary>
    public static ImmutableArray<AdditionalText> WithManifest(IEnumerable<AdditionalText> articles, System.Func<string, string>? stamp = null)
    {
        var list = articles.ToList();
        var manifest = "# NewsData article manifest\n" + string.Concat(list.Select(a => $"{a.Path}\t{ResourceName(a.Path)}\t\t{stamp?.Invoke(a.Path)}\n"));
        return [.. list, new InMemoryText(ManifestPath, manifest)];
    }

    /// <summary>Build properties with NewsDataManifest set, and no item metadata (the targets make none visible).</summary>
    public static AnalyzerConfigOptionsProvider Options { get; } = new ManifestOptions();

    private sealed class ManifestOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new DictionaryOptions(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_property.NewsDataManifest"] = ManifestPath,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var result);
            value = result ?? string.Empty;
            return found;
        }
    }
}
