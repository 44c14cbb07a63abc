using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>Everything the generator learned from one article file: the article (null when the file cannot be one) and diagnostics.</summary>
internal sealed record ArticleSpec(string Path, string Id, Article? Article, EquatableArray<DiagnosticSpec> Diagnostics)
{
    public ArticleKey Key => new(Path, Id, Article is not null);
}
