using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsData.Extraction.Corpus;

namespace NewsData.Cli.Export;

/// <summary>
/// Every article's part of the corpus linking, gathered while the files stream past. The linking needs all of them
/// at once, so memory keeps only what it reads: ids, dates, entity names, kinds and aliases (one object per distinct
/// entity as named), and quote speakers and kinds. Quote texts feed only the linking of statements, which the export does not
/// write, so they and every offset go to a spill file beside the tables and are read back, an article at a time,
/// once the corpus ids are known. Ids are the generator's: the same <see cref="CorpusLinker"/> over the same
/// entities in the same order (<see cref="CorpusOrder"/>).
/// </summary>
internal sealed class PendingLinks(string spillPath) : IDisposable
{
    private readonly List<(LinkInput Link, string Path)> _keys = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, EntityKind Kind, string Aliases), EntityRef> _entities = [];
    private readonly Dictionary<(int Speaker, QuoteKind Kind), QuoteRef> _quotes = [];
    private readonly BinaryWriter _spill = new(new FileStream(spillPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8);

    public int Count => _keys.Count;

    public void Add(LinkedArticle article)
    {
        var link = article.Link;
        // An entity named alike in many articles is one object here; a quote is its speaker and kind.
        var entities = link.Entities.Select(e => Shared(_entities, (e.Name, e.Kind, string.Join("\n", e.Aliases)), () => new EntityRef(Intern(e.Name), e.Kind, e.Aliases.Select(Intern).ToArray()))).ToArray();
        var quotes = link.Quotes.Select(q => Shared(_quotes, (q.Speaker, q.Kind), () => new QuoteRef(q.Speaker, q.Kind, ""))).ToArray();
        _keys.Add((new LinkInput(link.Id, link.Published is { } date ? Intern(date) : null, entities, quotes), article.Path));

        _spill.Write(link.Id);
        _spill.Write(link.Quotes.Count);
        for (var q = 0; q < link.Quotes.Count; q++)
        {
            _spill.Write((int)link.Quotes[q].Kind);
            _spill.Write(link.Quotes[q].Text);
            _spill.Write(link.Quotes[q].Speaker);
            _spill.Write(article.QuoteSpans[q].Start);
            _spill.Write(article.QuoteSpans[q].Length);
        }

        _spill.Write(article.Mentions.Length);
        foreach (var spans in article.Mentions)
        {
            _spill.Write(spans.Length);
            foreach (var span in spans)
            {
                _spill.Write(span.Start);
                _spill.Write(span.Length);
            }
        }
    }

    /// <summary>Links the corpus; <c>SortedOf[i]</c> is the linking's index of the i-th article added.</summary>
    public (CorpusLinks Links, int[] SortedOf) Link()
    {
        _spill.Dispose();
        var order = Enumerable.Range(0, _keys.Count).ToArray();
        Array.Sort(order, (a, b) => CorpusOrder.Compare(_keys[a].Link.Id, _keys[a].Path, _keys[b].Link.Id, _keys[b].Path));
        var links = CorpusLinker.Link(order.Select(i => _keys[i].Link).ToList());
        var sortedOf = new int[order.Length];
        for (var s = 0; s < order.Length; s++)
        {
            sortedOf[order[s]] = s;
        }

        return (links, sortedOf);
    }

    /// <summary>The quotes and mentions of each article, in the order added, with corpus entity ids.</summary>
    public IEnumerable<(List<QuoteRow> Quotes, List<MentionRow> Mentions)> Rows(CorpusLinks links, int[] sortedOf)
    {
        using var spill = new BinaryReader(new FileStream(spillPath, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16), Encoding.UTF8);
        for (var a = 0; a < sortedOf.Length; a++)
        {
            var entityOf = links.EntityOf[sortedOf[a]];
            var id = spill.ReadString();
            var quotes = new List<QuoteRow>();
            for (int q = 0, count = spill.ReadInt32(); q < count; q++)
            {
                var kind = (QuoteKind)spill.ReadInt32();
                var text = spill.ReadString();
                var speaker = spill.ReadInt32();
                quotes.Add(new QuoteRow
                {
                    ArticleId = id,
                    QuoteIndex = q,
                    Kind = kind.ToString(),
                    Text = text,
                    SpeakerEntityId = speaker >= 0 ? entityOf[speaker] : null,
                    Start = spill.ReadInt32(),
                    Length = spill.ReadInt32(),
                });
            }

            var mentions = new List<MentionRow>();
            for (int e = 0, count = spill.ReadInt32(); e < count; e++)
            {
                for (int s = 0, spans = spill.ReadInt32(); s < spans; s++)
                {
                    mentions.Add(new MentionRow { EntityId = entityOf[e], ArticleId = id, Start = spill.ReadInt32(), Length = spill.ReadInt32() });
                }
            }

            // In text order, as Entity.Mentions are.
            yield return (quotes, mentions.OrderBy(m => m.Start).ThenBy(m => m.EntityId).ToList());
        }
    }

    public void Dispose() => _spill.Dispose();

    private string Intern(string name) => Shared(_names, name, () => name);

    private static TValue Shared<TKey, TValue>(Dictionary<TKey, TValue> shared, TKey key, Func<TValue> create)
        where TKey : notnull
    {
        if (!shared.TryGetValue(key, out var kept))
        {
            shared[key] = kept = create();
        }

        return kept;
    }
}
