using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsData.Internal;

namespace NewsData.Extraction;

/// <summary>
/// Bounds on what one article may contribute to a corpus, applied once to every extraction's result. Every
/// author, contributor and entity becomes compiled data, and every entity a field of the corpus class: a
/// file of 100,000 byline lines ("By John Smith1 and Maria Garcia1", …) gave 200,001 people, a 65 MB
/// generated file and a 168 s build. No real page comes near these numbers. What is over a bound is left
/// out with a warning (NEWS013) located at the first thing left out; the article itself is kept.
/// </summary>
public static class ArticleLimits
{
    /// <summary>The most authors an article keeps, from its byline: bylines name a handful.</summary>
    public const int MaxAuthors = 50;

    /// <summary>The most contributors (photographers, additional reporting) an article keeps.</summary>
    public const int MaxContributors = 50;

    /// <summary>
    /// The most entities an article keeps: the speakers of its quotes first, then those it names most often,
    /// then those it names first. A long feature names a few hundred.
    /// </summary>
    public const int MaxEntities = 1_000;

    /// <summary><paramref name="result"/> with its article held to the bounds, and a warning for each bound it met.</summary>
    public static ExtractionResult Apply(ExtractionResult result, string text)
    {
        if (result.Article is not { } article
            || (article.Authors.Count <= MaxAuthors && article.Contributors.Count <= MaxContributors && article.Entities.Count <= MaxEntities))
        {
            return result;
        }

        var diagnostics = result.Diagnostics.ToList();
        var authors = Bounded(article.Authors, MaxAuthors, "authors", result.FileName, text, diagnostics);
        var contributors = Bounded(article.Contributors, MaxContributors, "contributors", result.FileName, text, diagnostics);
        var (entities, quotes) = BoundedEntities(article, result.FileName, diagnostics);
        var bounded = article with { Authors = authors, Contributors = contributors, Entities = entities, Quotes = quotes };
        return new ExtractionResult(result.Id, result.FileName, bounded, diagnostics, result.ParagraphSources);
    }

    private static IReadOnlyList<string> Bounded(IReadOnlyList<string> names, int max, string what, string fileName, string text, List<ExtractionDiagnostic> diagnostics)
    {
        if (names.Count <= max)
        {
            return names;
        }

        // Names may be re-cased from the page ("JOHN SMITH" → "John Smith"); the warning then stands at the start.
        var at = text.IndexOf(names[max], StringComparison.Ordinal);
        diagnostics.Add(Warning(
            Format("'{0}' lists {1:N0} {2}; the first {3:N0} are kept (an article contributes at most {3:N0}), the rest from '{4}' on are left out.",
                DiagnosticText.Escape(fileName), names.Count, what, max, DiagnosticText.Excerpt(names[max])),
            at < 0 ? new TextSpan(0, 0) : new TextSpan(at, names[max].Length)));
        return names.Take(max).ToList();
    }

    private static (IReadOnlyList<Entity> Entities, IReadOnlyList<Quote> Quotes) BoundedEntities(Article article, string fileName, List<ExtractionDiagnostic> diagnostics)
    {
        var entities = article.Entities;
        if (entities.Count <= MaxEntities)
        {
            return (entities, article.Quotes);
        }

        var speakers = new HashSet<Entity>(article.Quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!), ReferenceComparer<Entity>.Instance);
        var kept = new HashSet<Entity>(
            Enumerable.Range(0, entities.Count)
                .OrderBy(i => speakers.Contains(entities[i]) ? 0 : 1)
                .ThenByDescending(i => entities[i].Mentions.Count)
                .ThenBy(i => FirstMention(entities[i]))
                .ThenBy(i => i)
                .Take(MaxEntities)
                .Select(i => entities[i]),
            ReferenceComparer<Entity>.Instance);
        var first = entities.Where(e => !kept.Contains(e)).OrderBy(FirstMention).First();
        var span = first.Mentions.Count > 0 ? first.Mentions[0].Span : new TextSpan(0, 0);
        diagnostics.Add(Warning(
            Format("'{0}' names {1:N0} people, organisations and places; the {2:N0} it names most are kept (an article contributes at most {2:N0}), and {3:N0} are left out, '{4}' first.",
                DiagnosticText.Escape(fileName), entities.Count, MaxEntities, entities.Count - MaxEntities, DiagnosticText.Excerpt(first.Name)),
            span));

        // A quote whose speaker is left out (only when speakers alone are over the bound) keeps its words, unattributed.
        var quotes = article.Quotes.Select(q => q.Speaker is null || kept.Contains(q.Speaker) ? q : q with { Speaker = null }).ToList();
        return (entities.Where(kept.Contains).ToList(), quotes);
    }

    private static int FirstMention(Entity entity) => entity.Mentions.Count > 0 ? entity.Mentions[0].Span.Start : int.MaxValue;

    private static ExtractionDiagnostic Warning(string message, TextSpan span) =>
        new(DiagnosticIds.ContributionBounded, ExtractionSeverity.Warning, message, span);

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
