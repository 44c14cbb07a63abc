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
        writer.Line($"private static partial class {Names.Storage}");
        writer.Open();
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

        writer.Close();
        writer.Close();
        writer.Close();
        CorpusClass.Close(writer, options);
        return writer.ToString();
    }
}
