using System.Linq;
using NewsData.Extraction.Corpus;
using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>Everything the generator learned from one article file: the article (null when the file cannot be one) and diagnostics.</summary>
/// <param name="Path">The additional file's path.</param>
/// <param name="Id">The file name without extension.</param>
/// <param name="Article">The article, or null when the file cannot be one.</param>
/// <param name="Diagnostics">What extraction reported, located in the file.</param>
/// <param name="ResourceName">The manifest resource holding the file's text, when the build embeds it.</param>
/// <param name="TextSpans">(start, length) pairs in the text for the title, subtitle, each paragraph and each caption; start -1 where the value is not verbatim.</param>
/// <param name="Text">The file's text, kept only when no resource embeds it: then it is compiled in as a literal.</param>
internal sealed record ArticleSpec(string Path, string Id, Article? Article, EquatableArray<DiagnosticSpec> Diagnostics, string? ResourceName = null, EquatableArray<int> TextSpans = default, string? Text = null)
{
    /// <summary>Which project-wide corrections the article matched (their indices in that file's entity corrections).</summary>
    public EquatableArray<int> ProjectCorrections { get; init; } = EquatableArray<int>.Empty;

    public ArticleKey Key => Article is null
        ? new ArticleKey(Path, Id, false, null, EquatableArray<EntityKey>.Empty, EquatableArray<QuoteKey>.Empty)
        : new ArticleKey(
            Path,
            Id,
            true,
            Article.Published?.ToString(),
            new EquatableArray<EntityKey>(Article.Entities.Select(e => new EntityKey(e.Name, e.Kind, new EquatableArray<string>(e.Aliases)))),
            new EquatableArray<QuoteKey>(Article.Quotes.Select(q => new QuoteKey(CorpusBuilder.SpeakerIndex(Article, q), q.Kind, q.Text))))
        {
            ProjectCorrections = ProjectCorrections,
        };
}
