using System.Collections.Generic;
using System.Linq;

namespace NewsData.Extraction.Corpus;

/// <summary>
/// Builds the linked runtime model from extracted articles: every article's entities replaced by the
/// corpus entities (with all their mentions), quotes pointing at those same instances. This is what the
/// generated code rebuilds, so tests use it as the expected value.
/// </summary>
public static class CorpusBuilder
{
    public static LinkInput ToLinkInput(Article article) => new(
        article.Id,
        article.Published?.ToString(),
        article.Entities.Select(e => new EntityRef(e.Name, e.Kind, e.Aliases)).ToList(),
        article.Quotes.Select(q => new QuoteRef(SpeakerIndex(article, q), q.Kind, q.Text)).ToList());

    /// <summary>Links <paramref name="articles"/> (sorted by id first) into one corpus.</summary>
    public static (IReadOnlyList<Article> Articles, IReadOnlyList<Entity> Entities, CorpusLinks Links) Build(IEnumerable<Article> articles)
    {
        var ordered = articles.OrderBy(a => a.Id, System.StringComparer.Ordinal).ToList();
        var links = CorpusLinker.Link(ordered.Select(ToLinkInput).ToList());
        var entities = new List<Entity>(links.Entities.Count);
        for (var g = 0; g < links.Entities.Count; g++)
        {
            var linked = links.Entities[g];
            var mentions = new List<EntityMention>();
            for (var a = 0; a < ordered.Count; a++)
            {
                mentions.AddRange(MentionsOf(ordered[a], links.EntityOf[a], g));
            }

            entities.Add(new Entity(linked.Name, linked.Kind) { Aliases = linked.Aliases, Mentions = mentions });
        }

        var result = new List<Article>(ordered.Count);
        for (var a = 0; a < ordered.Count; a++)
        {
            var article = ordered[a];
            var map = links.EntityOf[a];
            result.Add(article with
            {
                Entities = map.Distinct().Select(g => entities[g]).ToList(),
                Quotes = article.Quotes.Select(q => q with { Speaker = SpeakerIndex(article, q) is var s and >= 0 ? entities[map[s]] : null }).ToList(),
            });
        }

        return (result, entities, links);
    }

    /// <summary>The mentions in one article of corpus entity <paramref name="group"/>, in text order.</summary>
    public static IEnumerable<EntityMention> MentionsOf(Article article, int[] map, int group) =>
        Enumerable.Range(0, map.Length).Where(e => map[e] == group).SelectMany(e => article.Entities[e].Mentions).OrderBy(m => m.Span.Start);

    /// <summary>The index of <paramref name="quote"/>'s speaker among <paramref name="article"/>'s entities (by reference), or -1.</summary>
    public static int SpeakerIndex(Article article, Quote quote)
    {
        for (var i = 0; i < article.Entities.Count; i++)
        {
            if (ReferenceEquals(article.Entities[i], quote.Speaker))
            {
                return i;
            }
        }

        return -1;
    }
}
