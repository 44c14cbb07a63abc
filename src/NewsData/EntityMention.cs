namespace NewsData;

/// <summary>One place where an entity is named.</summary>
/// <param name="ArticleId">The <see cref="Article.Id"/> of the article that names it.</param>
/// <param name="Span">Where, in that article's source text.</param>
public readonly record struct EntityMention(string ArticleId, TextSpan Span);
