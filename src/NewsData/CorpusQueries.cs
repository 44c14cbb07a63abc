using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsData;

/// <summary>LINQ-friendly queries over articles; the generated corpus class exposes them for its own articles.</summary>
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

    /// <summary>
    /// The other members of the group that holds <paramref name="item"/> (by reference), or an empty list.
    /// Used by generated code for statements reported in several articles and for related articles.
    /// </summary>
    public static IReadOnlyList<T> OthersInGroups<T>(IEnumerable<IReadOnlyList<T>> groups, T item)
        where T : class
    {
        foreach (var group in groups ?? throw new ArgumentNullException(nameof(groups)))
        {
            if (group.Any(member => ReferenceEquals(member, item)))
            {
                return group.Where(member => !ReferenceEquals(member, item)).ToList();
            }
        }

        return Array.Empty<T>();
    }

    private static bool Same(Entity a, Entity b) => ReferenceEquals(a, b) || a.Equals(b);
}
