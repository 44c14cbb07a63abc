using System.Linq;
using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>Everything the generator learned from one article file: the article (null when the file cannot be one) and diagnostics.</summary>
internal sealed record ArticleSpec(string Path, string Id, Article? Article, EquatableArray<DiagnosticSpec> Diagnostics)
{
    public ArticleKey Key => Article is null
        ? new ArticleKey(Path, Id, false, null, EquatableArray<EntityKey>.Empty, EquatableArray<QuoteKey>.Empty)
        : new ArticleKey(
            Path,
            Id,
            true,
            Article.Published?.ToString(),
            new EquatableArray<EntityKey>(Article.Entities.Select(e => new EntityKey(e.Name, e.Kind, new EquatableArray<string>(e.Aliases)))),
            new EquatableArray<QuoteKey>(Article.Quotes.Select(q => new QuoteKey(IndexOf(q.Speaker), q.Kind, q.Text))));

    private int IndexOf(Entity? speaker)
    {
        for (var i = 0; i < Article!.Entities.Count; i++)
        {
            if (ReferenceEquals(Article.Entities[i], speaker))
            {
                return i;
            }
        }

        return -1;
    }
}
