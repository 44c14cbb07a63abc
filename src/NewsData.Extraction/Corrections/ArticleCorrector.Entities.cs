using System.Collections.Generic;
using System.Linq;

namespace NewsData.Extraction.Corrections;

/// <summary>Entity corrections: a kind, "not an entity", or "the same as" another name.</summary>
internal sealed partial class ArticleCorrector
{
    /// <summary>Applies one entity correction; false when the article neither names it nor has an entity by it (stale).</summary>
    private bool ApplyEntity(EntityCorrection correction)
    {
        var matches = Matching(correction.Name);
        if (correction.NotAnEntity)
        {
            foreach (var i in matches)
            {
                _entities[i] = null; // its quotes lose their speaker when the article is built
            }

            return matches.Count > 0 || Names(correction.Name);
        }

        if (matches.Count == 0 && correction.Kind is { } kind)
        {
            // A name the extractor missed: it becomes an entity where the article's text spells it.
            if (AddEntity(correction.Name, kind) is not { } added)
            {
                return false;
            }

            matches.Add(added);
        }

        if (matches.Count == 0)
        {
            return Names(correction.Name);
        }

        if (correction.SameAs is { } target)
        {
            matches = new List<int> { Merge(matches, target) };
        }

        if (correction.Kind is { } newKind)
        {
            foreach (var i in matches)
            {
                _entities[i] = _entities[i]! with { Kind = newKind };
            }
        }

        return true;
    }

    /// <summary>A new entity mentioned wherever the article's own text spells <paramref name="name"/>; null when it spells it nowhere.</summary>
    private int? AddEntity(string name, EntityKind kind)
    {
        var spans = TextSearch.Occurrences(_text, name, _regions);
        if (spans.Count == 0)
        {
            return null;
        }

        // A longer name takes its words from the shorter names inside it ("Leeds" in "Save Leeds Libraries"),
        // as the recogniser does: their mentions there go, and so do they when nothing else is left of them.
        for (var i = 0; i < _entities.Count; i++)
        {
            if (_entities[i] is not { } entity || !entity.Mentions.Any(m => spans.Any(s => Overlap(m.Span, s))))
            {
                continue;
            }

            var kept = entity.Mentions.Where(m => !spans.Any(s => Overlap(m.Span, s))).ToList();
            _entities[i] = kept.Count == 0 && !IsSpeaker(i) ? null : entity with { Mentions = kept };
        }

        _entities.Add(new Entity(name, kind) { Mentions = spans.ConvertAll(s => new EntityMention(_articleId, s)) });
        return _entities.Count - 1;
    }

    /// <summary>
    /// Makes the entities at <paramref name="sources"/> one entity named <paramref name="target"/>: the article's
    /// entity of that name if it has one, else the first source renamed. Their names become aliases, their
    /// mentions and quotes the target's. Returns the target's index.
    /// </summary>
    private int Merge(List<int> sources, string target)
    {
        var into = Matching(target).Where(i => !sources.Contains(i)).DefaultIfEmpty(-1).First();
        if (into < 0)
        {
            into = sources[0];
            var first = _entities[into]!;
            _entities[into] = first with { Name = target, Aliases = Aliases(first.Aliases.Append(first.Name), target) };
        }

        var merged = _entities[into]!;
        foreach (var source in sources)
        {
            if (source == into)
            {
                continue;
            }

            var entity = _entities[source]!;
            merged = merged with
            {
                Aliases = Aliases(merged.Aliases.Append(entity.Name).Concat(entity.Aliases), merged.Name),
                Mentions = merged.Mentions.Concat(entity.Mentions).OrderBy(m => m.Span.Start).ToList(),
            };
            _entities[source] = null;
            for (var q = 0; q < _quotes.Count; q++)
            {
                if (_quotes[q].Speaker == source)
                {
                    _quotes[q] = (_quotes[q].Quote, into);
                }
            }
        }

        _entities[into] = merged;
        return into;
    }

    private static List<string> Aliases(IEnumerable<string> names, string name) =>
        names.Where(alias => alias != name).Distinct(System.StringComparer.Ordinal).ToList();

    private bool IsSpeaker(int entity) => _quotes.Any(q => q.Speaker == entity);

    private static bool Overlap(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
