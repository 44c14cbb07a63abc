using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Corpus;
using NewsData.Generators.Common;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Links the named articles into a corpus (<see cref="CorpusLinker"/>, the same code the CLI and tests
/// use) and gives every corpus entity a property name in its kind's class.
/// </summary>
internal static class CorpusIndexBuilder
{
    public static CorpusIndex Build(MemberName[] members, List<ArticleKey> generated, List<DiagnosticSpec> diagnostics)
    {
        var inputs = generated.Select(k => new LinkInput(
            k.Id,
            k.Published,
            k.Entities.Select(e => new EntityRef(e.Name, e.Kind, e.Aliases.ToList())).ToList(),
            k.Quotes.Select(q => new QuoteRef(q.Speaker, q.Kind, q.Text)).ToList())).ToList();
        var links = CorpusLinker.Link(inputs);

        var entities = NameEntities(links, members, diagnostics);
        for (var a = 0; a < members.Length; a++)
        {
            members[a] = members[a] with { Entities = new EquatableArray<int>(links.EntityOf[a]) };
        }

        var statements = links.Statements
            .Select(group => new EquatableArray<QuoteLocation>(group.Select(q => new QuoteLocation(members[q.Article].Name, q.Quote))))
            .ToArray();
        var related = links.RelatedArticles
            .Select(pair => new EquatableArray<string>(new[] { members[pair.A].Name, members[pair.B].Name }))
            .ToArray();

        var byPath = (MemberName[])members.Clone();
        Array.Sort(byPath, static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new CorpusIndex(
            new EquatableArray<MemberName>(members),
            new EquatableArray<MemberName>(byPath),
            new EquatableArray<EntitySpec>(entities),
            new EquatableArray<EquatableArray<QuoteLocation>>(statements),
            new EquatableArray<EquatableArray<string>>(related),
            new EquatableArray<DiagnosticSpec>(diagnostics.ToArray()));
    }

    /// <summary>Which entities get a field: all of them up to <see cref="MaxEntityFields"/>, else those named in the most articles.</summary>
    private static bool[] WithFields(CorpusLinks links, MemberName[] members, List<DiagnosticSpec> diagnostics)
    {
        var count = links.Entities.Count;
        var withField = new bool[count];
        if (count <= MaxEntityFields)
        {
            for (var i = 0; i < count; i++)
            {
                withField[i] = true;
            }

            return withField;
        }

        var ranked = Enumerable.Range(0, count)
            .OrderByDescending(i => links.Entities[i].Articles.Count)
            .ThenByDescending(i => links.Entities[i].QuoteCount)
            .ThenBy(i => links.Entities[i].Name, StringComparer.Ordinal)
            .ThenBy(i => links.Entities[i].Kind)
            .ToList();
        foreach (var i in ranked.Take(MaxEntityFields))
        {
            withField[i] = true;
        }

        // Located at the first article, in id order, that names an entity left without a field.
        var first = ranked.Skip(MaxEntityFields).Select(i => links.Entities[i]).OrderBy(e => e.Articles.Min()).First();
        var article = members[first.Articles.Min()];
        diagnostics.Add(DiagnosticSpec.Whole(
            NewsData.Extraction.DiagnosticIds.ContributionBounded,
            NewsData.Extraction.ExtractionSeverity.Warning,
            $"The corpus names {count:N0} people, organisations and places; the {MaxEntityFields:N0} named in the most articles get a field of their own, and {count - MaxEntityFields:N0} (from '{NewsData.Extraction.DiagnosticText.Excerpt(first.Name)}' in '{NewsData.Extraction.DiagnosticText.Escape(System.IO.Path.GetFileName(article.Path))}') are reached through People.All, Organizations.All, Places.All, Other.All and each article's Entities.",
            article.Path));
        return withField;
    }

    public static string KindClass(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        EntityKind.Location => "Places",
        _ => "Other",
    };

    /// <summary>
    /// The most entities that get a field of their own. Each field costs the compiler a member and its docs
    /// (about 0.8 ms apiece: 200,000 took a 65 MB file and minutes to build). Past the bound the entities a
    /// corpus names in the most articles keep their fields; the others are still in <c>People.All</c> and
    /// the rest, <c>Article.Entities</c> and <c>Quote.Speaker</c>, with a warning (NEWS013).
    /// </summary>
    public const int MaxEntityFields = 20_000;

    /// <summary>Unique names within each kind's class, handed out in canonical-name order so they are stable.</summary>
    private static EntitySpec[] NameEntities(CorpusLinks links, MemberName[] members, List<DiagnosticSpec> diagnostics)
    {
        var specs = new EntitySpec[links.Entities.Count];
        var withField = WithFields(links, members, diagnostics);
        var taken = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, links.Entities.Count)
            .OrderBy(i => links.Entities[i].Name, StringComparer.Ordinal)
            .ThenBy(i => links.Entities[i].Kind);
        foreach (var i in order)
        {
            var entity = links.Entities[i];
            var kindClass = KindClass(entity.Kind);
            if (!taken.TryGetValue(kindClass, out var names))
            {
                taken[kindClass] = names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { kindClass, "All", "Storage", "Index", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals" };
            }

            string? member = null;
            if (withField[i])
            {
                var wanted = EntityMemberNames.FromName(entity.Name);
                member = wanted;
                for (var suffix = 2; !names.Add(member); suffix++)
                {
                    member = wanted + suffix;
                }
            }

            specs[i] = new EntitySpec(
                entity.Name,
                entity.Kind,
                kindClass,
                member,
                new EquatableArray<string>(entity.Aliases),
                new EquatableArray<string>(entity.Articles.Select(a => members[a].Name)),
                entity.QuoteCount);
        }

        return specs;
    }
}
