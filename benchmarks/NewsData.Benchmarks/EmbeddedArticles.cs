using System.Collections.Generic;
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

/// <summary>Every additional file as the package's targets pass an article: marked, and embedded as a resource.</summary>
internal sealed class EmbeddedArticleOptions : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.NewsDataKind"] = "Article",
        ["build_metadata.AdditionalFiles.NewsDataResource"] = ResourceName(textFile.Path),
    });

    /// <summary>The manifest resource name the targets give an article: the same in the benchmark's emitted assembly.</summary>
    public static string ResourceName(string path) => "NewsData.Article:" + path;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var result);
            value = result ?? string.Empty;
            return found;
        }
    }
}
