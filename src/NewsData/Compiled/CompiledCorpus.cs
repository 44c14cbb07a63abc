using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsData.Internal;

namespace NewsData.Compiled;

/// <summary>
/// The corpus the generator compiled into an assembly: packed metadata for every article and entity,
/// with each article's text left in its manifest resource until a value from it is read. Generated
/// code creates one and exposes it as typed members; use those (<c>NewsCorpus.Articles</c>,
/// <c>NewsCorpus.People.VladimirPutin</c>) rather than this class.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CompiledCorpus
{
    private readonly Article[] _articles;
    private readonly PackedArticle[] _packed;
    private readonly Entity[] _entities;
    private readonly (int Article, int Quote)[][] _statements;
    private readonly int[][] _related;
    private readonly Dictionary<Entity, int> _entityIndex;
    private Dictionary<Article, int>? _articleIndex;
    private EntityMention[][]? _mentions;
    private IReadOnlyList<Quote>? _quotes;

    /// <summary>Unpacks a corpus's metadata; no article text is read.</summary>
    /// <param name="assembly">The assembly whose manifest resources hold the article texts.</param>
    /// <param name="entities">The packed entity table, one entity per item.</param>
    /// <param name="links">The packed statement and related-article groups.</param>
    /// <param name="articles">Packed articles, each string holding any number of them back to back, in any order (each knows its position).</param>
    [MethodImpl(Optimized.Startup)]
    public CompiledCorpus(Assembly assembly, string[] entities, string links, params string[] articles)
    {
        if (assembly is null || entities is null || links is null || articles is null)
        {
            throw new ArgumentNullException(assembly is null ? nameof(assembly) : entities is null ? nameof(entities) : links is null ? nameof(links) : nameof(articles));
        }

        _entities = CorpusTables.ReadEntities(entities, MentionsOf);
        var unpacked = new List<PackedArticle>();
        foreach (var group in articles)
        {
            var reader = new PackedReader(group ?? throw new ArgumentNullException(nameof(articles)));
            while (!reader.AtEnd)
            {
                unpacked.Add(PackedArticle.Read(ref reader, assembly, _entities));
            }
        }

        _packed = new PackedArticle[unpacked.Count];
        foreach (var article in unpacked)
        {
            if (article.Ordinal >= _packed.Length || _packed[article.Ordinal] is not null)
            {
                throw new FormatException($"Article '{article.Article.Id}' has position {article.Ordinal}, which is out of range or taken.");
            }

            _packed[article.Ordinal] = article;
        }

        _articles = Array.ConvertAll(_packed, p => p.Article);
        (_statements, _related) = CorpusTables.ReadLinks(links);
        _entityIndex = new Dictionary<Entity, int>(_entities.Length, ReferenceComparer<Entity>.Instance);
        for (var i = 0; i < _entities.Length; i++)
        {
            _entityIndex[_entities[i]] = i;
        }

        Articles = new ReadOnlyCollection<Article>(_articles);
        Entities = new ReadOnlyCollection<Entity>(_entities);
    }

    /// <summary>Every article, in id order. No text is read until a text-backed value is.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every entity, in the generator's order.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every quote, article by article, in text order. Reads every article's text.</summary>
    public IReadOnlyList<Quote> Quotes =>
        LazyInitializer.EnsureInitialized(ref _quotes, () => new ReadOnlyCollection<Quote>(_articles.SelectMany(a => a.Quotes).ToList()))!;

    /// <summary>The entities of one kind, in name order.</summary>
    public IReadOnlyList<Entity> EntitiesOf(EntityKind kind) =>
        new ReadOnlyCollection<Entity>(_entities.Where(e => e.Kind == kind).OrderBy(e => e.Name, StringComparer.Ordinal).ToList());

    /// <summary>The quotes attributed to <paramref name="speaker"/>; reads only the texts of articles that have one.</summary>
    public IEnumerable<Quote> QuotesBy(Entity speaker)
    {
        var index = IndexOf(speaker);
        if (index < 0)
        {
            yield break;
        }

        foreach (var packed in _packed)
        {
            for (var q = 0; q < packed.QuoteSpeakers.Length; q++)
            {
                if (packed.QuoteSpeakers[q] == index)
                {
                    yield return packed.Article.Quotes[q];
                }
            }
        }
    }

    /// <summary>The articles that name <paramref name="entity"/>; reads no text.</summary>
    public IEnumerable<Article> ArticlesMentioning(Entity entity)
    {
        var index = IndexOf(entity);
        return index < 0 ? Enumerable.Empty<Article>() : _packed.Where(p => Array.IndexOf(p.Entities, index) >= 0).Select(p => p.Article);
    }

    /// <summary>Other reports of the statement <paramref name="quote"/> reports.</summary>
    public IReadOnlyList<Quote> SameStatement(Quote quote)
    {
        if (quote is null)
        {
            throw new ArgumentNullException(nameof(quote));
        }

        foreach (var group in _statements)
        {
            // Only quotes at the same place in their text can be this one; only their articles are read.
            var at = Array.FindIndex(group, m => _packed[m.Article].QuoteSpans[m.Quote] == quote.Span && Quote(m).Equals(quote));
            if (at >= 0)
            {
                return group.Where((_, i) => i != at).Select(Quote).ToList();
            }
        }

        return Array.Empty<Quote>();
    }

    /// <summary>Other articles that report the same event as <paramref name="article"/>.</summary>
    public IReadOnlyList<Article> RelatedArticles(Article article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        if (!ArticleIndex().TryGetValue(article, out var ordinal))
        {
            ordinal = Array.FindIndex(_articles, a => a.Id == article.Id && a.Equals(article));
        }

        var group = ordinal < 0 ? null : Array.Find(_related, g => Array.IndexOf(g, ordinal) >= 0);
        return group is null ? Array.Empty<Article>() : group.Where(o => o != ordinal).Select(o => _articles[o]).ToList();
    }

    /// <summary>Ordinals by instance, built on the first <see cref="RelatedArticles"/> call rather than at start-up.</summary>
    private Dictionary<Article, int> ArticleIndex() => LazyInitializer.EnsureInitialized(ref _articleIndex, () =>
    {
        var index = new Dictionary<Article, int>(_articles.Length, ReferenceComparer<Article>.Instance);
        for (var i = 0; i < _articles.Length; i++)
        {
            index[_articles[i]] = i;
        }

        return index;
    })!;

    private Quote Quote((int Article, int Quote) member) => _articles[member.Article].Quotes[member.Quote];

    private int IndexOf(Entity entity)
    {
        if (entity is null)
        {
            throw new ArgumentNullException(nameof(entity));
        }

        return _entityIndex.TryGetValue(entity, out var index)
            ? index
            : Array.FindIndex(_entities, e => e.Kind == entity.Kind && e.Name == entity.Name && e.Equals(entity));
    }

    /// <summary>Every entity's mentions, gathered in one pass over the packed articles the first time any is read.</summary>
    private EntityMention[] MentionsOf(int entity)
    {
        var all = LazyInitializer.EnsureInitialized(ref _mentions, () =>
        {
            var lists = new List<EntityMention>[_entities.Length];
            foreach (var packed in _packed)
            {
                for (var e = 0; e < packed.Entities.Length; e++)
                {
                    var list = lists[packed.Entities[e]] ??= new List<EntityMention>();
                    foreach (var span in packed.Mentions[e])
                    {
                        list.Add(new EntityMention(packed.Article.Id, span));
                    }
                }
            }

            return Array.ConvertAll(lists, l => l?.ToArray() ?? Array.Empty<EntityMention>());
        })!;
        return all[entity];
    }
}
