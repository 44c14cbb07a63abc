using System.Linq;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Emitting;

/// <summary>Emits the corpus class's index file: the class declaration with its docs, and <c>Articles</c> in id order.</summary>
internal static class CorpusEmitter
{
    public static string HintName(CorpusOptions options) => $"{options.ClassName}.g.cs";

    public static string Emit(CorpusIndex index, CorpusOptions options)
    {
        var writer = new SourceWriter();
        CorpusClass.Open(writer, options);
        var count = index.Members.Count;
        writer.Line($"/// <summary>The news corpus compiled into this assembly: {count} article{(count == 1 ? string.Empty : "s")}, one property each.</summary>");
        writer.Line(Names.GeneratedCodeAttribute);
        writer.Line($"public static partial class {options.ClassName}");
        writer.Open();
        writer.Line("/// <summary>Every article in the corpus, ordered by id. Reading one article's own property builds only that article.</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Article}> Articles => {Names.Storage}.Index.All;");
        writer.Line();
        writer.Line("/// <summary>Every quote in the corpus, article by article, in text order.</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Quote}> Quotes => {Names.Storage}.Index.Quotes;");
        writer.Line();
        writer.Line("/// <summary>The quotes <paramref name=\"speaker\"/> is reported to have said, e.g. <c>QuotesBy(People.VladimirPutin)</c>.</summary>");
        writer.Line($"public static {Names.Enumerable}<{Names.Quote}> QuotesBy({Names.Entity} speaker) => {Names.Queries}.QuotesBy(Articles, speaker);");
        writer.Line();
        writer.Line("/// <summary>The articles that name <paramref name=\"entity\"/>.</summary>");
        writer.Line($"public static {Names.Enumerable}<{Names.Article}> ArticlesMentioning({Names.Entity} entity) => {Names.Queries}.Mentioning(Articles, entity);");
        writer.Line();
        writer.Line("/// <summary>Other reports of the same statement: quotes by the same speaker in other articles with near-identical words (see docs/architecture.md).</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Quote}> SameStatement({Names.Quote} quote) => {Names.Queries}.OthersInGroups({Names.Storage}.Links.Statements, quote);");
        writer.Line();
        writer.Line("/// <summary>Other articles that report the same event: overlapping people, organisations and places, published within days (see docs/architecture.md).</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Article}> RelatedArticles({Names.Article} article) => {Names.Queries}.OthersInGroups({Names.Storage}.Links.Related, article);");
        writer.Line();
        writer.Line($"private static partial class {Names.Storage}");
        writer.Open();
        writer.Line("/// <summary>One entity's mentions in one article, from packed (start, length) pairs.</summary>");
        writer.Line($"internal static {Names.EntityMention}[] MentionsAt(string articleId, params int[] spans)");
        writer.Open();
        writer.Line($"var mentions = new {Names.EntityMention}[spans.Length / 2];");
        writer.Line("for (var i = 0; i < mentions.Length; i++)");
        writer.Open();
        writer.Line($"mentions[i] = new {Names.EntityMention}(articleId, new {Names.TextSpan}(spans[2 * i], spans[(2 * i) + 1]));");
        writer.Close();
        writer.Line();
        writer.Line("return mentions;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Concatenates the per-article mention arrays of one entity.</summary>");
        writer.Line("internal static T[] Join<T>(params T[][] parts)");
        writer.Open();
        writer.Line("var result = new global::System.Collections.Generic.List<T>();");
        writer.Line("foreach (var part in parts)");
        writer.Open();
        writer.Line("result.AddRange(part);");
        writer.Close();
        writer.Line();
        writer.Line("return result.ToArray();");
        writer.Close();
        writer.Line();
        WriteLinks(writer, index, options);
        writer.Line("internal static class Index");
        writer.Open();
        if (count == 0)
        {
            writer.Line($"internal static readonly {Names.ReadOnlyList}<{Names.Article}> All = global::System.Array.Empty<{Names.Article}>();");
        }
        else
        {
            writer.Line($"internal static readonly {Names.ReadOnlyList}<{Names.Article}> All = global::System.Array.AsReadOnly(new {Names.Article}[]");
            writer.Open();
            var corpus = CorpusClass.QualifiedName(options);
            foreach (var member in index.Members)
            {
                writer.Line($"{corpus}.{member.Name},");
            }

            writer.Close("});");
        }

        writer.Line($"internal static readonly {Names.ReadOnlyList}<{Names.Quote}> Quotes = global::System.Array.AsReadOnly(global::System.Linq.Enumerable.ToArray({Names.Queries}.AllQuotes(All)));");
        writer.Close();
        writer.Close();
        writer.Close();
        CorpusClass.Close(writer, options);
        return writer.ToString();
    }

    private static void WriteLinks(SourceWriter writer, CorpusIndex index, CorpusOptions options)
    {
        var corpus = CorpusClass.QualifiedName(options);
        writer.Line("internal static class Links");
        writer.Open();
        writer.Line($"internal static readonly {Names.ReadOnlyList}<{Names.Quote}>[] Statements =");
        writer.Open();
        foreach (var group in index.Statements)
        {
            writer.Line($"new {Names.Quote}[] {{ {string.Join(", ", group.Select(q => $"{corpus}.{q.Article}.Quotes[{q.Quote}]"))} }},");
        }

        writer.Close("};");
        writer.Line();
        writer.Line($"internal static readonly {Names.ReadOnlyList}<{Names.Article}>[] Related =");
        writer.Open();
        foreach (var pair in index.RelatedArticles)
        {
            writer.Line($"new {Names.Article}[] {{ {string.Join(", ", pair.Select(a => $"{corpus}.{a}"))} }},");
        }

        writer.Close("};");
        writer.Close();
        writer.Line();
    }
}
