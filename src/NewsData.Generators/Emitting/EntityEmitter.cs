using System.Collections.Generic;
using System.Linq;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Emitting;

/// <summary>
/// Emits one file per entity kind (People, Organizations, Places, Other): a documented property per
/// entity, built on first read from every article's mention array for it, so the same instance serves
/// <c>Article.Entities</c>, <c>Quote.Speaker</c> and this property.
/// </summary>
internal static class EntityEmitter
{
    private static readonly string[] KindClasses = { "People", "Organizations", "Places", "Other" };

    public static string HintName(CorpusOptions options, string kindClass) => $"{options.ClassName}.{kindClass}.g.cs";

    public static IEnumerable<(string KindClass, List<EntitySpec> Entities)> ByKindClass(CorpusIndex index) =>
        KindClasses.Select(k => (k, index.Entities.Where(e => e.KindClass == k).OrderBy(e => e.Member, System.StringComparer.Ordinal).ToList()));

    public static string Emit(string kindClass, List<EntitySpec> entities, CorpusOptions options)
    {
        var corpus = CorpusClass.QualifiedName(options);
        var writer = new SourceWriter();
        CorpusClass.Open(writer, options);
        writer.Line($"partial class {options.ClassName}");
        writer.Open();
        writer.Line($"/// <summary>{Describe(kindClass)} the corpus names: {entities.Count}, one property each.</summary>");
        writer.Line(Names.GeneratedCodeAttribute);
        writer.Line($"public static partial class {kindClass}");
        writer.Open();
        foreach (var entity in entities)
        {
            WriteDocs(writer, entity, options);
            writer.Line($"public static {Names.Entity} {entity.Member} => Storage.{entity.Member}.Value;");
            writer.Line();
        }

        writer.Line("/// <summary>All of them, in name order.</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Entity}> All => Storage.Index.All;");
        writer.Line();
        writer.Line("private static class Storage");
        writer.Open();
        foreach (var entity in entities)
        {
            writer.Line($"internal static class {entity.Member}");
            writer.Open();
            writer.Line($"internal static readonly {Names.Entity} Value = new {Names.Entity}({Literals.String(entity.Name)}, {Names.EntityKind}.{entity.Kind})");
            writer.Open();
            if (entity.Aliases.Count > 0)
            {
                writer.Line($"Aliases = new string[] {{ {string.Join(", ", entity.Aliases.Select(Literals.String))} }},");
            }

            var parts = entity.Articles.Select(a => $"{corpus}.{Names.Storage}.{a}.Mentions.{ArticleEmitter.MentionField(entity.Reference)}").ToList();
            writer.Line($"Mentions = {corpus}.{Names.Storage}.Join(");
            for (var i = 0; i < parts.Count; i++)
            {
                writer.Line($"    {parts[i]}{(i == parts.Count - 1 ? ")," : ",")}");
            }

            writer.Close("};");
            writer.Close();
            writer.Line();
        }

        writer.Line("internal static class Index");
        writer.Open();
        writer.Line($"internal static readonly {Names.ReadOnlyList}<{Names.Entity}> All = global::System.Array.AsReadOnly(new {Names.Entity}[]");
        writer.Open();
        foreach (var entity in entities)
        {
            writer.Line($"{corpus}.{kindClass}.{entity.Member},");
        }

        writer.Close("});");
        writer.Close();
        writer.Close();
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
        var seeAlso = string.Join(", ", entity.Articles.Select(a => $"<see cref=\"{options.ClassName}.{a}\"/>"));
        var aliases = entity.Aliases.Count > 0 ? " Also written: " + Literals.XmlDoc(string.Join(", ", entity.Aliases)) + "." : string.Empty;
        writer.Line($"/// <remarks>Named in {seeAlso}.{aliases}</remarks>");
        writer.Line(Names.GeneratedCodeAttribute);
    }

    private static string Describe(string kindClass) => kindClass switch
    {
        "People" => "The people",
        "Organizations" => "The organisations",
        "Places" => "The places",
        _ => "Other named things",
    };
}
