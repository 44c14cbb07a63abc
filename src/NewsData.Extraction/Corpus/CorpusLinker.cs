using NewsData.Extraction.Text;
using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Corpus;

/// <summary>
/// Links articles into a corpus. Pure and deterministic, and it needs only names, kinds, aliases and
/// quote words (never text spans), so the generator can run it on small per-article keys.
/// <list type="bullet">
/// <item>Entities: the same kind and the same name with case and diacritics folded, or one's name is
/// another's alias; a one-word person name joins the only person whose surname it is. The canonical name
/// is a gazetteer entry's own name when the articles agree on one, else the longest full form.</item>
/// <item>Statements: quotes by the same speaker whose words overlap with a Dice coefficient of at least
/// <see cref="StatementThreshold"/> (lower-cased word sets).</item>
/// <item>Events: articles that share at least one person, whose sets of people, organisations and places
/// overlap with an overlap coefficient |A∩B| / min(|A|,|B|) of at least <see cref="EventThreshold"/>
/// (a short report of an event and a long one share most of the short one's names, while a Jaccard
/// index would be diluted by the long one's incidental places), and whose dates, when both are known,
/// are at most <see cref="EventDays"/> days apart.</item>
/// </list>
/// </summary>
public static class CorpusLinker
{
    public const double StatementThreshold = 0.6;
    public const double EventThreshold = 0.4;
    public const int EventDays = 3;

    /// <summary>
    /// A person or a wording shared by more articles or quotes than this is too common to be evidence
    /// (as stop words are in search): its bucket proposes no candidate pairs. It keeps linking
    /// near-linear on large corpora; pairs still link through the rarer names or words they share.
    /// </summary>
    public const int MaxBucket = 200;

    public static CorpusLinks Link(IReadOnlyList<LinkInput> articles)
    {
        // Groups are found by (kind, folded form) in a dictionary: linking stays near-linear in the corpus size.
        var groups = new List<Group>();
        var byForm = new Dictionary<(EntityKind, string), int>();
        var entityOf = new int[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            var entities = articles[a].Entities;
            entityOf[a] = new int[entities.Count];
            for (var e = 0; e < entities.Count; e++)
            {
                var entity = entities[e];
                var group = FindGroup(byForm, entity);
                if (group < 0)
                {
                    groups.Add(new Group(entity.Kind));
                    group = groups.Count - 1;
                }

                groups[group].Add(entity, a);

                // The group's earlier forms are registered already; only this entity's can be new.
                Register(byForm, entity.Kind, entity.Name, group);
                foreach (var alias in entity.Aliases)
                {
                    Register(byForm, entity.Kind, alias, group);
                }

                entityOf[a][e] = group;
            }
        }

        MergeSurnames(groups, entityOf);

        var quoteCounts = new int[groups.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var quote in articles[a].Quotes)
            {
                if (quote.Speaker >= 0 && quote.Speaker < entityOf[a].Length)
                {
                    quoteCounts[entityOf[a][quote.Speaker]]++;
                }
            }
        }

        var linked = new List<LinkedEntity>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var name = group.CanonicalName();
            linked.Add(new LinkedEntity(name, group.Kind, group.Forms.Where(f => f != name).ToList(), group.Articles.Distinct().OrderBy(x => x).ToList(), quoteCounts[g]));
        }

        return new CorpusLinks(linked, entityOf, LinkStatements(articles, entityOf), LinkEvents(articles, entityOf, groups));
    }

    private static void Register(Dictionary<(EntityKind, string), int> byForm, EntityKind kind, string form, int group)
    {
        var key = (kind, EntityRecognizer.Fold(form));
        if (!byForm.ContainsKey(key))
        {
            byForm[key] = group;
        }
    }

    private static int FindGroup(Dictionary<(EntityKind, string), int> byForm, EntityRef entity)
    {
        if (byForm.TryGetValue((entity.Kind, EntityRecognizer.Fold(entity.Name)), out var group))
        {
            return group;
        }

        foreach (var alias in entity.Aliases)
        {
            // A demonym or two-letter acronym is a form of an entity, but too weak to join two entities by itself.
            if (alias.Length > 2 && byForm.TryGetValue((entity.Kind, EntityRecognizer.Fold(alias)), out group))
            {
                return group;
            }
        }

        return -1;
    }

    /// <summary>"Putin" alone in one article is the "Vladimir Putin" of another when no other person has that surname.</summary>
    private static void MergeSurnames(List<Group> groups, int[][] entityOf)
    {
        var ownersBySurname = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var o = 0; o < groups.Count; o++)
        {
            if (groups[o].Kind != EntityKind.Person)
            {
                continue;
            }

            foreach (var form in groups[o].Forms.Where(f => f.Contains(' ')))
            {
                var surname = EntityRecognizer.Fold(form.Split(' ').Last());
                if (!ownersBySurname.TryGetValue(surname, out var owners))
                {
                    ownersBySurname[surname] = owners = new HashSet<int>();
                }

                owners.Add(o);
            }
        }

        var absorbedInto = new Dictionary<int, int>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.Kind != EntityKind.Person || group.Forms.Count == 0 || group.Forms.Any(f => f.Contains(' ')))
            {
                continue;
            }

            if (!ownersBySurname.TryGetValue(EntityRecognizer.Fold(group.Forms[0]), out var candidates) || candidates.Count != 1 || candidates.Contains(g))
            {
                continue;
            }

            var owners = candidates.ToList();

            groups[owners[0]].Absorb(group);
            group.Clear();
            absorbedInto[g] = owners[0];
        }

        if (absorbedInto.Count > 0)
        {
            foreach (var map in entityOf)
            {
                for (var e = 0; e < map.Length; e++)
                {
                    if (absorbedInto.TryGetValue(map[e], out var owner))
                    {
                        map[e] = owner;
                    }
                }
            }
        }

        // Drop emptied groups and renumber.
        var renumber = new int[groups.Count];
        var kept = new List<Group>();
        for (var g = 0; g < groups.Count; g++)
        {
            renumber[g] = groups[g].Forms.Count == 0 ? -1 : kept.Count;
            if (renumber[g] >= 0)
            {
                kept.Add(groups[g]);
            }
        }

        foreach (var map in entityOf)
        {
            for (var e = 0; e < map.Length; e++)
            {
                map[e] = renumber[map[e]];
            }
        }

        groups.Clear();
        groups.AddRange(kept);
    }

    private static List<IReadOnlyList<(int Article, int Quote)>> LinkStatements(IReadOnlyList<LinkInput> articles, int[][] entityOf)
    {
        var quotes = new List<(int Article, int Quote, int Speaker, HashSet<string> Words, List<string> WordList)>();
        for (var a = 0; a < articles.Count; a++)
        {
            for (var q = 0; q < articles[a].Quotes.Count; q++)
            {
                var quote = articles[a].Quotes[q];
                if (quote.Speaker >= 0 && quote.Kind != QuoteKind.Indirect && quote.Speaker < entityOf[a].Length)
                {
                    var words = Words(quote.Text);
                    quotes.Add((a, q, entityOf[a][quote.Speaker], new HashSet<string>(words), words));
                }
            }
        }

        // Only quotes by the same speaker can be one statement, and near-identical wordings share a run of
        // three words: candidates come from (speaker, word trigram) buckets, never all pairs.
        var buckets = new Dictionary<(int Speaker, Trigram Words), List<int>>();
        for (var i = 0; i < quotes.Count; i++)
        {
            foreach (var trigram in Trigrams(quotes[i].WordList))
            {
                if (!buckets.TryGetValue((quotes[i].Speaker, trigram), out var bucket))
                {
                    buckets[(quotes[i].Speaker, trigram)] = bucket = new List<int>();
                }

                if (bucket.Count == 0 || bucket[bucket.Count - 1] != i)
                {
                    bucket.Add(i);
                }
            }
        }

        // Each bucket lists its quotes in ascending order without repeats (they were added in order).
        var neighbours = new List<int>?[quotes.Count];
        foreach (var members in buckets.Values)
        {
            if (members.Count > MaxBucket)
            {
                continue;
            }

            for (var p = 0; p + 1 < members.Count; p++)
            {
                var list = neighbours[members[p]] ??= new List<int>();
                for (var q = p + 1; q < members.Count; q++)
                {
                    list.Add(members[q]);
                }
            }
        }

        var statements = new List<(int Order, IReadOnlyList<(int, int)> Group)>();
        var used = new bool[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            if (used[i] || neighbours[i] is not { } candidates)
            {
                continue;
            }

            candidates.Sort();
            var group = new List<(int, int)> { (quotes[i].Article, quotes[i].Quote) };
            for (var k = 0; k < candidates.Count; k++)
            {
                var j = candidates[k];
                if ((k > 0 && candidates[k - 1] == j) || used[j])
                {
                    continue;
                }

                if (quotes[j].Article != quotes[i].Article && Dice(quotes[i].Words, quotes[j].Words) >= StatementThreshold)
                {
                    group.Add((quotes[j].Article, quotes[j].Quote));
                    used[j] = true;
                }
            }

            if (group.Count > 1)
            {
                statements.Add((i, group));
            }
        }

        return statements.OrderBy(s => s.Order).Select(s => s.Group).ToList();
    }

    private static List<(int, int, double)> LinkEvents(IReadOnlyList<LinkInput> articles, int[][] entityOf, List<Group> groups)
    {
        var sets = entityOf.Select(map => new HashSet<int>(map.Where(g => g >= 0 && groups[g].Kind != EntityKind.Other))).ToList();

        // A related pair must share a person, so candidates come from each person's articles, not all pairs.
        // Articles are visited in order, so each person's list is ascending and has no repeats.
        var byPerson = new Dictionary<int, List<int>>();
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var g in sets[a])
            {
                if (groups[g].Kind == EntityKind.Person)
                {
                    if (!byPerson.TryGetValue(g, out var list))
                    {
                        byPerson[g] = list = new List<int>();
                    }

                    list.Add(a);
                }
            }
        }

        // For each article, the later articles it shares a person with.
        var partners = new List<int>?[articles.Count];
        foreach (var inArticles in byPerson.Values)
        {
            if (inArticles.Count > MaxBucket)
            {
                continue;
            }

            for (var i = 0; i < inArticles.Count; i++)
            {
                var list = partners[inArticles[i]] ??= new List<int>();
                for (var j = i + 1; j < inArticles.Count; j++)
                {
                    list.Add(inArticles[j]);
                }
            }
        }

        var related = new List<(int, int, double)>();
        for (var a = 0; a < articles.Count; a++)
        {
            if (partners[a] is not { } list)
            {
                continue;
            }

            list.Sort();
            for (var k = 0; k < list.Count; k++)
            {
                var b = list[k];
                if (k > 0 && list[k - 1] == b)
                {
                    continue;
                }

                var (small, large) = sets[a].Count <= sets[b].Count ? (sets[a], sets[b]) : (sets[b], sets[a]);
                var shared = 0;
                var sharesPerson = false;
                foreach (var g in small)
                {
                    if (large.Contains(g))
                    {
                        shared++;
                        sharesPerson |= groups[g].Kind == EntityKind.Person;
                    }
                }

                var similarity = small.Count == 0 ? 0 : (double)shared / small.Count;
                if (sharesPerson && similarity >= EventThreshold && WithinDays(articles[a].Published, articles[b].Published))
                {
                    related.Add((a, b, Math.Round(similarity, 3)));
                }
            }
        }

        return related;
    }

    private static bool WithinDays(string? a, string? b) =>
        !PublicationDate.TryParse(a, out var first) || !PublicationDate.TryParse(b, out var second)
        || Math.Abs((first.Date - second.Date).TotalDays) <= EventDays;

    /// <summary>A quote's words and numbers, lower-cased, in order: tokenised once for its word set and its trigrams.</summary>
    private static List<string> Words(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var words = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.IsWord || token.Kind == TokenKind.Number)
            {
                words.Add(AsciiCase.ToLower(token.Text));
            }
        }

        return words;
    }

    /// <summary>Every run of three words; a quote of fewer words is one key of them all.</summary>
    private static IEnumerable<Trigram> Trigrams(List<string> words)
    {
        if (words.Count < 3)
        {
            yield return new Trigram(words.Count, words.Count > 0 ? words[0] : null, words.Count > 1 ? words[1] : null, null);
            yield break;
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            yield return new Trigram(3, words[i], words[i + 1], words[i + 2]);
        }
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var word in small)
        {
            if (large.Contains(word))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Three consecutive words (or all of a shorter quote's, with their count), without building a string.</summary>
    private readonly record struct Trigram(int Count, string? First, string? Second, string? Third);

    private sealed class Group
    {
        private readonly List<string> _names = new();

        public Group(EntityKind kind) => Kind = kind;

        public EntityKind Kind { get; }

        public List<string> Forms { get; } = new();

        public List<int> Articles { get; } = new();

        public void Add(EntityRef entity, int article)
        {
            _names.Add(entity.Name);
            AddForm(entity.Name);
            foreach (var alias in entity.Aliases)
            {
                AddForm(alias);
            }

            Articles.Add(article);
        }

        public void Absorb(Group other)
        {
            _names.AddRange(other._names);
            foreach (var form in other.Forms)
            {
                AddForm(form);
            }

            Articles.AddRange(other.Articles);
        }

        public void Clear()
        {
            Forms.Clear();
            _names.Clear();
        }

        /// <summary>
        /// The name articles gave it most often as their canonical name, the longest on a tie. Spellings that
        /// differ only in invisible format characters count as one, written without them.
        /// </summary>
        public string CanonicalName() =>
            _names.GroupBy(NameFolding.WithoutFormatCharacters).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

        // Forms are what the entity is called (its name and aliases): never with invisible characters in them.
        private void AddForm(string raw)
        {
            var form = NameFolding.WithoutFormatCharacters(raw);
            if (!Forms.Contains(form))
            {
                Forms.Add(form);
            }

        }
    }
}
