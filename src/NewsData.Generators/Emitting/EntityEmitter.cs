using System.Collections.Generic;
using System.Linq;
using NewsData.Generators.Parsing;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Emitting;

/// <summary>
/// Emits one file per entity kind (People, Organizations, Places, Other): a documented field per
/// entity, the compiled corpus's own instance, so the same object serves <c>Article.Entities</c>,
/// <c>Quote.Speaker</c> and this field.
/// </summary>
internal static class EntityEmitter
{
    private const int MaxLinks = 5;

    /// <summary>The kinds, in the order their files are emitted; each names its class through <see cref="CorpusIndexBuilder.KindClass"/>.</summary>
    private static readonly EntityKind[] Kinds = { EntityKind.Person, EntityKind.Organization, EntityKind.Location, EntityKind.Other };

    public static string HintName(CorpusOptions options, string kindClass) => $"{options.ClassName}.{kindClass}.g.cs";

    /// <summary>The entities with a field of their own, by kind, in member name order.</summary>
    public static IEnumerable<(EntityKind Kind, List<(int Index, EntitySpec Spec)> Entities)> ByKind(CorpusIndex index) =>
        Kinds.Select(kind => (kind, index.Entities
            .Select((spec, i) => (i, spec))
            .Where(e => e.spec.Kind == kind && e.spec.Member is not null)
            .OrderBy(e => e.spec.Member, System.StringComparer.Ordinal)
            .ToList()));

    public static string Emit(EntityKind kind, List<(int Index, EntitySpec Spec)> entities, CorpusOptions options)
    {
        var kindClass = CorpusIndexBuilder.KindClass(kind);
        var corpus = CorpusClass.QualifiedName(options);
        var writer = new SourceWriter();
        CorpusClass.Open(writer, options);
        writer.Line($"partial class {options.ClassName}");
        writer.Open();
        writer.Line($"/// <summary>{Describe(kindClass)} the corpus names: {entities.Count}, one field each.</summary>");
        writer.Line(Names.GeneratedCodeAttribute);
        writer.Line($"public static partial class {kindClass}");
        writer.Open();
        foreach (var (index, entity) in entities)
        {
            WriteDocs(writer, entity, options);
            writer.Line($"public static readonly {Names.Entity} {entity.Member} = {corpus}.{Names.Storage}.{CorpusEmitter.EntitiesByIndex}[{index}];");
            writer.Line();
        }

        writer.Line("/// <summary>All of them, in name order.</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Entity}> All {{ get; }} = {corpus}.{Names.Storage}.Corpus.EntitiesOf({Names.EntityKind}.{kind});");
        writer.Close();
        writer.Close();
        CorpusClass.Close(writer, options);
        return writer.ToString();
    }

    private static void WriteDocs(SourceWriter writer, EntitySpec entity, CorpusOptions options)
    {
        var articles = entity.Articles.Count == 1 ? "1 article" : $"{entity.Articles.Count} articles";
        var quotes = entity.QuoteCount == 1 ? "1 quote" : $"{entity.QuoteCount} quotes";
        writer.Line($"/// <summary>{Literals.XmlDoc(entity.Name)} ({entity.Kind.ToString().ToLowerInvariant()}): named in {articles}, speaker of {quotes}.</summary>");
        // A few links, not thousands: every cref is bound by the compiler, and a country can be named in every article.
        var seeAlso = string.Join(", ", entity.Articles.Take(MaxLinks).Select(a => $"<see cref=\"{options.ClassName}.{a}\"/>"))
            + (entity.Articles.Count > MaxLinks ? $" and {entity.Articles.Count - MaxLinks} more" : string.Empty);
        var aliases = entity.Aliases.Count > 0 ? " Also written: " + Literals.XmlDoc(string.Join(", ", entity.Aliases)) + "." : string.Empty;
        writer.Line($"/// <remarks>Named in {seeAlso}.{aliases}</remarks>");
    }

    private static string Describe(string kindClass) => kindClass switch
    {
        "People" => "The people",
        "Organizations" => "The organisations",
        "Places" => "The places",
        _ => "Other named things",
    };
}
