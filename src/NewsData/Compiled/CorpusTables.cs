using System;
using System.Collections.Generic;
using NewsData.Internal;

namespace NewsData.Compiled;

/// <summary>
/// The corpus-wide packed tables: entities (one string each: kind, canonical name, aliases) and links (groups of
/// quotes reporting one statement as (article ordinal, quote index) pairs, then groups of related
/// article ordinals).
/// </summary>
internal static class CorpusTables
{
    /// <summary>One entry of the entity table: kind, canonical name, aliases.</summary>
    public static string WriteEntity(EntityKind kind, string name, IReadOnlyList<string> aliases) =>
        new PackedWriter().Number((int)kind).String(name).Strings(aliases).ToString();

    /// <summary>Reads the entity table; each entity's mentions come from <paramref name="mentions"/> the first time they are read.</summary>
    public static Entity[] ReadEntities(string[] packed, Func<int, EntityMention[]> mentions)
    {
        var entities = new Entity[packed.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            var index = i;
            var reader = new PackedReader(packed[i]);
            var kind = (EntityKind)reader.Number();
            var name = reader.String() ?? throw new FormatException("A packed entity has no name.");
            entities[i] = new Entity(name, kind)
            {
                Aliases = ValueList<string>.Own(reader.Strings()),
                Mentions = ValueList<EntityMention>.Lazy(() => mentions(index)),
            };
        }

        return entities;
    }

    public static string WriteLinks(IReadOnlyList<IReadOnlyList<(int Article, int Quote)>> statements, IReadOnlyList<IReadOnlyList<int>> related)
    {
        var writer = new PackedWriter().Number(statements.Count);
        foreach (var group in statements)
        {
            writer.Number(group.Count);
            foreach (var (article, quote) in group)
            {
                writer.Number(article).Number(quote);
            }
        }

        writer.Number(related.Count);
        foreach (var group in related)
        {
            writer.Number(group.Count);
            foreach (var article in group)
            {
                writer.Number(article);
            }
        }

        return writer.ToString();
    }

    public static ((int Article, int Quote)[][] Statements, int[][] Related) ReadLinks(string packed)
    {
        var reader = new PackedReader(packed);
        var statements = new (int, int)[reader.Number()][];
        for (var g = 0; g < statements.Length; g++)
        {
            var group = statements[g] = new (int, int)[reader.Number()];
            for (var m = 0; m < group.Length; m++)
            {
                group[m] = (reader.Number(), reader.Number());
            }
        }

        var related = new int[reader.Number()][];
        for (var g = 0; g < related.Length; g++)
        {
            var group = related[g] = new int[reader.Number()];
            for (var m = 0; m < group.Length; m++)
            {
                group[m] = reader.Number();
            }
        }

        return (statements, related);
    }
}
