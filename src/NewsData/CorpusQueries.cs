using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsData;

/// <summary>
/// LINQ-friendly queries over any collection of articles (a filtered list, articles built by hand).
/// The generated corpus class answers the same questions from its packed index without reading texts.
/// </summary>
public static class CorpusQueries
{
    /// <summary>Every quote in <paramref name="articles"/>, article by article, in text order.</summary>
    public static IEnumerable<Quote> AllQuotes(this IEnumerable<Article> articles) =>
        (articles ?? throw new ArgumentNullException(nameof(articles))).SelectMany(a => a.Quotes);

    /// <summary>The quotes whose speaker is <paramref name="speaker"/>.</summary>
    public static IEnumerable<Quote> QuotesBy(this IEnumerable<Article> articles, Entity speaker) =>
        articles.AllQuotes().Where(q => q.Speaker is not null && Same(q.Speaker, speaker));

    /// <summary>The articles that name <paramref name="entity"/>.</summary>
    public static IEnumerable<Article> Mentioning(this IEnumerable<Article> articles, Entity entity) =>
        (articles ?? throw new ArgumentNullException(nameof(articles))).Where(a => a.Entities.Any(e => Same(e, entity)));

    private static bool Same(Entity a, Entity b) => ReferenceEquals(a, b) || a.Equals(b);
}
