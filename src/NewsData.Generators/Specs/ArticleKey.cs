using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// The little the corpus-wide steps need of an article: where it comes from, its id, whether it is
/// generated, its date, its entities' names and who said what. No text spans and no body: editing an
/// article's text without changing its entities or quotes leaves its key, the corpus index and every
/// other article's output unchanged.
/// </summary>
internal sealed record ArticleKey(
    string Path,
    string Id,
    bool IsGenerated,
    string? Published,
    EquatableArray<EntityKey> Entities,
    EquatableArray<QuoteKey> Quotes)
{
    /// <summary>Which project-wide corrections the article matched: one the whole corpus never matches is stale.</summary>
    public EquatableArray<int> ProjectCorrections { get; init; } = EquatableArray<int>.Empty;
}

/// <summary>An entity as one article names it.</summary>
internal sealed record EntityKey(string Name, EntityKind Kind, EquatableArray<string> Aliases);

/// <summary>A quote as one article reports it: its speaker's index among the article's entities (-1 for none).</summary>
internal sealed record QuoteKey(int Speaker, QuoteKind Kind, string Text);
