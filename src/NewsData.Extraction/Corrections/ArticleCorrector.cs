using System.Collections.Generic;
using System.Linq;

namespace NewsData.Extraction.Corrections;

/// <summary>
/// Applies an article's field, entity and quote corrections to what extraction made of it (its line
/// corrections were applied while reading: <see cref="LineOverrides"/>). The project-wide entity corrections
/// come first, then the article's own, which win for a name both correct; quotes come last, so a quote's
/// speaker may name an entity as the corrections left it. Everything a correction adds (a mention, a quote) is
/// found in the article's own text, so offsets stay exact offsets into the original file. A correction that
/// finds nothing to change is reported (NEWS015) and skipped.
/// </summary>
internal sealed partial class ArticleCorrector
{
    private readonly string _text;
    private readonly string _articleId;
    private readonly List<TextSpan> _regions;
    private readonly List<Entity?> _entities;
    private readonly List<(Quote Quote, int Speaker)> _quotes;
    private readonly List<ExtractionDiagnostic> _diagnostics;

    private ArticleCorrector(Article article, string text, IReadOnlyList<TextSpan> regions, List<ExtractionDiagnostic> diagnostics)
    {
        _text = text;
        _articleId = article.Id;
        _regions = Disjoint(regions);
        _entities = new List<Entity?>(article.Entities);
        _quotes = article.Quotes.Select(q => (q, IndexOf(article.Entities, q.Speaker))).ToList();
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The article with the corrections applied; stale corrections are added to <paramref name="diagnostics"/>,
    /// and <paramref name="matchedProject"/> gets the indices of the project-wide corrections the article matched.
    /// </summary>
    public static Article Apply(Article article, string text, IReadOnlyList<TextSpan> regions, CorrectionSet? own, IEnumerable<EntityCorrection> project, List<ExtractionDiagnostic> diagnostics, List<int> matchedProject)
    {
        var corrector = new ArticleCorrector(article, text, regions, diagnostics);
        var ownNames = new HashSet<string>((own?.Entities ?? Enumerable.Empty<EntityCorrection>()).Select(e => e.Name), System.StringComparer.Ordinal);
        foreach (var correction in project)
        {
            // The article's own correction of the same name wins; the project-wide one still matched the article.
            if (ownNames.Contains(correction.Name) ? corrector.Names(correction.Name) : corrector.ApplyEntity(correction))
            {
                matchedProject.Add(correction.Index);
            }
        }

        if (own is null)
        {
            return corrector.Build(article);
        }

        foreach (var correction in own.Entities)
        {
            if (!corrector.ApplyEntity(correction))
            {
                diagnostics.Add(CorrectionDiagnostics.Stale(correction.Location,
                    $"The article does not name \"{DiagnosticText.Excerpt(correction.Name)}\" any more, so this entity correction is not applied."));
            }
        }

        foreach (var correction in own.Quotes)
        {
            corrector.ApplyQuote(correction);
        }

        return WithFields(corrector.Build(article), own);
    }

    private static Article WithFields(Article article, CorrectionSet set) => article with
    {
        Title = set.Title is { } title ? title.Value : article.Title,
        Subtitle = set.Subtitle is { } subtitle ? subtitle.Value : article.Subtitle,
        Authors = set.Authors is { } authors ? authors.Value : article.Authors,
        Publisher = set.Publisher is { } publisher ? publisher.Value : article.Publisher,
        Published = set.Published is { } published ? published.Value : article.Published,
        Url = set.Url is { } url ? url.Value : article.Url,
    };

    private Article Build(Article article)
    {
        // Entities a correction removed leave the list; quotes follow their speakers to the new indices.
        var index = new int[_entities.Count];
        var entities = new List<Entity>(_entities.Count);
        for (var i = 0; i < _entities.Count; i++)
        {
            index[i] = _entities[i] is null ? -1 : entities.Count;
            if (_entities[i] is { } entity)
            {
                entities.Add(entity);
            }
        }

        var quotes = _quotes.Select(q => q.Quote with { Speaker = q.Speaker < 0 || index[q.Speaker] < 0 ? null : entities[index[q.Speaker]] }).ToList();
        return article with { Entities = entities, Quotes = quotes };
    }

    /// <summary>Whether the article's text names <paramref name="name"/>, or an entity goes by it.</summary>
    private bool Names(string name) => Matching(name).Count > 0 || TextSearch.Occurrences(_text, name, _regions).Count > 0;

    /// <summary>The entities named or also known as <paramref name="name"/>.</summary>
    private List<int> Matching(string name)
    {
        var found = new List<int>();
        for (var i = 0; i < _entities.Count; i++)
        {
            if (_entities[i] is { } entity && (entity.Name == name || entity.Aliases.Contains(name)))
            {
                found.Add(i);
            }
        }

        return found;
    }

    private static int IndexOf(IReadOnlyList<Entity> entities, Entity? entity)
    {
        for (var i = 0; entity is not null && i < entities.Count; i++)
        {
            if (ReferenceEquals(entities[i], entity))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The regions sorted and merged, so a search over them finds each place once and in text order.</summary>
    private static List<TextSpan> Disjoint(IReadOnlyList<TextSpan> regions)
    {
        var merged = new List<TextSpan>(regions.Count);
        foreach (var region in regions.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && region.Start <= merged[merged.Count - 1].End)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = new TextSpan(last.Start, System.Math.Max(last.End, region.End) - last.Start);
            }
            else
            {
                merged.Add(region);
            }
        }

        return merged;
    }
}
