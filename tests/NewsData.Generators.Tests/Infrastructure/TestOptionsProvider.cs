using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsData.Generators.Tests.Infrastructure;

/// <summary>
/// What MSBuild would pass through the generated .editorconfig: global build properties, and per-file
/// metadata (NewsDataKind=Article for files that came from NewsArticle items).
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions None = new(new Dictionary<string, string>());
    private readonly Dictionary<string, DictionaryOptions> _byPath;

    public TestOptionsProvider(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>> byPath)
    {
        GlobalOptions = new DictionaryOptions(global);
        _byPath = new Dictionary<string, DictionaryOptions>();
        foreach (var (path, options) in byPath)
        {
            _byPath[path] = new DictionaryOptions(options);
        }
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : None;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
