using NewsData.Generators.Specs;

namespace NewsData.Generators.Emitting;

/// <summary>
/// Emits <c>NewsCorpus.TheoryData</c>: the corpus as xunit theory data, for <c>[MemberData]</c>. Only
/// for projects that reference xunit (the generator looks for <see cref="MetadataName"/>), so nothing
/// of it exists, and nothing breaks, anywhere else.
/// </summary>
internal static class TheoryDataEmitter
{
    /// <summary>xunit's typed theory data, in v2 (xunit.core) and v3 (xunit.v3.core) alike.</summary>
    public const string MetadataName = "Xunit.TheoryData`1";

    public const string ClassName = "TheoryData";

    private const string TheoryData = "global::Xunit.TheoryData";

    public static string HintName(CorpusOptions options) => $"{options.ClassName}.{ClassName}.g.cs";

    public static string Emit(CorpusOptions options)
    {
        var compiled = $"{CorpusClass.QualifiedName(options)}.{Names.Storage}.Corpus";
        var writer = new SourceWriter();
        CorpusClass.Open(writer, options);
        writer.Line($"partial class {options.ClassName}");
        writer.Open();
        writer.Line("/// <summary>");
        writer.Line("/// The corpus as xunit theory data. Each property returns a new instance, so a test can't change what another sees:");
        writer.Line($"/// <c>[MemberData(nameof({options.ClassName}.{ClassName}.Articles), MemberType = typeof({options.ClassName}.{ClassName}))]</c>.");
        writer.Line("/// </summary>");
        writer.Line(Names.GeneratedCodeAttribute);
        writer.Line($"public static class {ClassName}");
        writer.Open();
        Property(writer, Names.Article, "Articles", "Every article, ordered by id.", $"{compiled}.Articles");
        Property(writer, Names.Quote, "Quotes", "Every quote, article by article, in text order. Reads every article's text.", $"{compiled}.Quotes");
        Property(writer, Names.Entity, "Entities", "Every entity: people, organisations, places and other names.", $"{compiled}.Entities");
        Property(writer, Names.Entity, "People", "Every person the corpus names.", $"{compiled}.EntitiesOf({Names.EntityKind}.Person)");
        Property(writer, Names.Entity, "Organizations", "Every organisation the corpus names.", $"{compiled}.EntitiesOf({Names.EntityKind}.Organization)");
        Property(writer, Names.Entity, "Places", "Every place the corpus names.", $"{compiled}.EntitiesOf({Names.EntityKind}.Location)");

        writer.Line("/// <summary>");
        writer.Line("/// Theory data of the articles given, chosen by their compile-checked fields, e.g.");
        writer.Line($"/// <c>public static TheoryData&lt;Article&gt; Wartime =&gt; {options.ClassName}.{ClassName}.Of({options.ClassName}.SomeArticle, {options.ClassName}.OtherArticle);</c>");
        writer.Line("/// </summary>");
        writer.Line($"public static {TheoryData}<{Names.Article}> Of(params {Names.Article}[] articles) => From(articles);");
        writer.Line();
        writer.Line($"/// <summary>Theory data of the quotes given, e.g. <c>Of({options.ClassName}.QuotesBy({options.ClassName}.People.SomeOne))</c>.</summary>");
        writer.Line($"public static {TheoryData}<{Names.Quote}> Of({Names.Enumerable}<{Names.Quote}> quotes) => From(quotes);");
        writer.Line();
        writer.Line($"private static {TheoryData}<T> From<T>({Names.Enumerable}<T> items)");
        writer.Open();
        writer.Line($"var data = new {TheoryData}<T>();");
        writer.Line("foreach (var item in items)");
        writer.Open();
        writer.Line("data.Add(item);");
        writer.Close();
        writer.Line();
        writer.Line("return data;");
        writer.Close();
        writer.Close();
        writer.Close();
        CorpusClass.Close(writer, options);
        return writer.ToString();
    }

    private static void Property(SourceWriter writer, string type, string name, string summary, string source)
    {
        writer.Line($"/// <summary>{summary}</summary>");
        writer.Line($"public static {TheoryData}<{type}> {name} => From({source});");
        writer.Line();
    }
}
