using System.Globalization;
using System.Text;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Emitting;

/// <summary>
/// Emits one file per <see cref="ArticleShard"/>: a documented field per article on the corpus class,
/// and the shard's packed articles as one string constant, written one literal per article. The compiler reads a literal
/// as one token and stores it once, so the cost of an article is one field and one literal, whatever
/// its size; its text stays in the manifest resource the build embeds.
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(CorpusOptions options, int shard) => $"{options.ClassName}.Articles{ShardName(shard)}.g.cs";

    /// <summary>The nested class holding a shard's packed articles: "Articles000".</summary>
    public static string ShardClass(int shard) => "Articles" + ShardName(shard);

    public static string Emit(ArticleShard shard, CorpusOptions options)
    {
        var writer = new SourceWriter();
        CorpusClass.Open(writer, options);
        writer.Line($"partial class {options.ClassName}");
        writer.Open();
        foreach (var article in shard.Articles)
        {
            writer.Line($"/// <summary>{Literals.XmlDoc(article.Summary)}</summary>");
            writer.Line($"/// <remarks>{Literals.XmlDoc(article.Remarks)}</remarks>");
            writer.Line($"public static readonly {Names.Article} {article.MemberName} = {Names.Storage}.{CorpusEmitter.ByOrdinal}[{article.Ordinal}];");
            writer.Line();
        }

        writer.Line($"partial class {Names.Storage}");
        writer.Open();
        var first = shard.Number * ArticleShard.Size;
        writer.Line($"/// <summary>Articles {first} to {first + shard.Articles.Count - 1} in id order, packed (layout: NewsData.Compiled.PackedArticle).</summary>");
        writer.Line($"internal static class {ShardClass(shard.Number)}");
        writer.Open();
        // One string the compiler folds from one literal per article: the runtime then loads one string
        // per file instead of one per article (2,000 literals took 20 ms to load at first access). Not a
        // const: a const's value would be stored a second time, in the assembly's constant table.
        writer.Line("internal static readonly string Packed =");
        for (var i = 0; i < shard.Articles.Count; i++)
        {
            var article = shard.Articles[i];
            writer.Line($"    // {article.MemberName}");
            writer.Line("    " + Literals.String(article.Packed) + (i == shard.Articles.Count - 1 ? ";" : " +"));
        }
        writer.Close();
        writer.Close();
        writer.Close();
        CorpusClass.Close(writer, options);
        return writer.ToString();
    }

    private static string ShardName(int shard) => shard.ToString("D3", CultureInfo.InvariantCulture);
}
