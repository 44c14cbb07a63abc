using System.Collections.Generic;
using System.Linq;
using NewsData.Compiled;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Emitting;

/// <summary>
/// Emits the corpus class's index file: the class with its docs, the corpus-wide queries, and the
/// <see cref="CompiledCorpus"/> that unpacks the entity table, the links and every shard's articles.
/// </summary>
internal static class CorpusEmitter
{
    /// <summary>Storage's array of articles by ordinal.</summary>
    public const string ByOrdinal = nameof(ByOrdinal);

    /// <summary>Storage's array of entities by index.</summary>
    public const string EntitiesByIndex = nameof(EntitiesByIndex);

    public static string HintName(CorpusOptions options) => $"{options.ClassName}.g.cs";

    public static string Emit(CorpusIndex index, CorpusOptions options)
    {
        var writer = new SourceWriter();
        CorpusClass.Open(writer, options);
        var count = index.Members.Count;
        writer.Line($"/// <summary>The news corpus compiled into this assembly: {count} article{(count == 1 ? string.Empty : "s")}, one field each.</summary>");
        writer.Line(Names.GeneratedCodeAttribute);
        writer.Line($"public static partial class {options.ClassName}");
        writer.Open();
        writer.Line("/// <summary>Every article in the corpus, ordered by id. Listing them reads no article text; the first text-backed value read (title, paragraphs, quotes) reads that article's text, once.</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Article}> Articles => {Names.Storage}.Corpus.Articles;");
        writer.Line();
        writer.Line("/// <summary>Every quote in the corpus, article by article, in text order. Reads every article's text.</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Quote}> Quotes => {Names.Storage}.Corpus.Quotes;");
        writer.Line();
        writer.Line("/// <summary>The quotes <paramref name=\"speaker\"/> is reported to have said, e.g. <c>QuotesBy(People.VladimirPutin)</c>. Reads only the texts of articles that quote them.</summary>");
        writer.Line($"public static {Names.Enumerable}<{Names.Quote}> QuotesBy({Names.Entity} speaker) => {Names.Storage}.Corpus.QuotesBy(speaker);");
        writer.Line();
        writer.Line("/// <summary>The articles that name <paramref name=\"entity\"/>.</summary>");
        writer.Line($"public static {Names.Enumerable}<{Names.Article}> ArticlesMentioning({Names.Entity} entity) => {Names.Storage}.Corpus.ArticlesMentioning(entity);");
        writer.Line();
        writer.Line("/// <summary>Other reports of the same statement: quotes by the same speaker in other articles with near-identical words (see docs/architecture.md).</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Quote}> SameStatement({Names.Quote} quote) => {Names.Storage}.Corpus.SameStatement(quote);");
        writer.Line();
        writer.Line("/// <summary>Other articles that report the same event: overlapping people, organisations and places, published within days (see docs/architecture.md).</summary>");
        writer.Line($"public static {Names.ReadOnlyList}<{Names.Article}> RelatedArticles({Names.Article} article) => {Names.Storage}.Corpus.RelatedArticles(article);");
        writer.Line();
        writer.Line($"private static partial class {Names.Storage}");
        writer.Open();
        writer.Line("/// <summary>The packed corpus, unpacked on first use; each article's text stays in its resource until a value from it is read.</summary>");
        writer.Line($"internal static readonly {Names.CompiledCorpus} Corpus = new {Names.CompiledCorpus}(");
        writer.Line($"    typeof({CorpusClass.QualifiedName(options)}).Assembly,");
        writer.Line("    new string[]");
        writer.Line("    {");
        foreach (var entity in index.Entities)
        {
            writer.Line($"        {Literals.String(CorpusTables.WriteEntity(entity.Kind, entity.Name, entity.Aliases))}, // {entity.Reference}");
        }

        writer.Line("    },");
        var shards = (count + ArticleShard.Size - 1) / ArticleShard.Size;
        writer.Line($"    {Literals.String(Links(index))}{(shards == 0 ? ");" : ",")}");
        for (var shard = 0; shard < shards; shard++)
        {
            writer.Line($"    {ArticleEmitter.ShardClass(shard)}.Packed{(shard == shards - 1 ? ");" : ",")}");
        }

        // Fields initialised from array elements are the cheapest the compiler can bind: a corpus has thousands.
        writer.Line();
        writer.Line("/// <summary>The articles by ordinal, for the article fields' initialisers.</summary>");
        writer.Line($"internal static readonly {Names.Article}[] {ByOrdinal} = global::System.Linq.Enumerable.ToArray(Corpus.Articles);");
        writer.Line();
        writer.Line("/// <summary>The entities by index, for the entity fields' initialisers.</summary>");
        writer.Line($"internal static readonly {Names.Entity}[] {EntitiesByIndex} = global::System.Linq.Enumerable.ToArray(Corpus.Entities);");

        writer.Close();
        writer.Close();
        CorpusClass.Close(writer, options);
        return writer.ToString();
    }

    private static string Links(CorpusIndex index)
    {
        var ordinals = new Dictionary<string, int>();
        foreach (var member in index.Members)
        {
            ordinals[member.Name] = member.Ordinal;
        }

        var statements = index.Statements
            .Select(group => (IReadOnlyList<(int, int)>)group.Select(q => (ordinals[q.Article], q.Quote)).ToList())
            .ToList();
        var related = index.RelatedArticles
            .Select(group => (IReadOnlyList<int>)group.Select(a => ordinals[a]).ToList())
            .ToList();
        return CorpusTables.WriteLinks(statements, related);
    }
}
