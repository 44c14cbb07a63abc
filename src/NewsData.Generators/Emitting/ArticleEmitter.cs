using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsData.Extraction.Corpus;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Emitting;

/// <summary>
/// Emits one file per article: a documented public property on the corpus class, and a nested holder
/// class whose static field builds the article the first time it is read (the runtime runs a class's
/// static initialiser once, thread-safely), so touching one article never builds the others.
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(CorpusOptions options, string memberName) => $"{options.ClassName}.{Ascii(memberName)}.g.cs";

    public static string Emit(ArticleSource source)
    {
        var options = source.Options;
        var article = source.Article;
        var name = source.MemberName;
        var writer = new SourceWriter();
        CorpusClass.Open(writer, options);
        writer.Line($"partial class {options.ClassName}");
        writer.Open();
        WriteDocs(writer, article);
        writer.Line(Names.GeneratedCodeAttribute);
        writer.Line($"public static {Names.Article} {name} => {Names.Storage}.{name}.Value;");
        writer.Line();
        writer.Line($"private static partial class {Names.Storage}");
        writer.Open();
        writer.Line($"internal static class {name}");
        writer.Open();
        writer.Line($"private const string Id = {Literals.String(article.Id)};");
        writer.Line();
        WriteMentions(writer, source);
        // With an embedded resource, long values are slices of the article's text, read and decoded once
        // on first access; without one (in-memory compilations), they are literals.
        var values = new ValueExpressions(source);
        if (source.ResourceName is { } resource)
        {
            writer.Line($"internal static readonly {Names.Article} Value = Create({Names.Resources}.Load(typeof({CorpusClass.QualifiedName(options)}).Assembly, {Literals.String(resource)}));");
            writer.Line();
            writer.Line($"private static {Names.Article} Create(string text) => new {Names.Article}(");
        }
        else
        {
            writer.Line($"internal static readonly {Names.Article} Value = new {Names.Article}(");
        }

        writer.Line("    id: Id,");
        writer.Line($"    title: {values.Title})");
        writer.Open();
        WriteArticleBody(writer, article, values);
        WriteEntitiesAndQuotes(writer, source, values);
        writer.Close("};");
        writer.Close();
        writer.Close();
        writer.Close();
        CorpusClass.Close(writer, options);
        return writer.ToString();
    }

    private static void WriteDocs(SourceWriter writer, Article article)
    {
        writer.Line($"/// <summary>{Literals.XmlDoc(article.Title)}</summary>");
        var remarks = new StringBuilder();
        remarks.Append(article.Published is { } published ? $"Published {published}" : "Publication date unknown");
        if (article.Publisher is { } publisher)
        {
            remarks.Append(" by ").Append(publisher);
        }

        remarks.Append(". Source: ").Append(article.SourceFile ?? article.Id).Append('.');
        writer.Line($"/// <remarks>{Literals.XmlDoc(remarks.ToString())}</remarks>");
    }

    private static void WriteArticleBody(SourceWriter writer, Article article, ValueExpressions values)
    {
        writer.Line($"SourceFile = {Literals.String(article.SourceFile)},");
        writer.Line($"Subtitle = {values.Subtitle},");
        WriteStrings(writer, "Authors", article.Authors);
        WriteStrings(writer, "Contributors", article.Contributors);
        writer.Line($"Publisher = {Literals.String(article.Publisher)},");
        writer.Line(article.Published is { } date
            ? $"Published = {Names.PublicationDate}.Parse({Literals.String(date.ToString())}),"
            : "Published = null,");
        writer.Line($"Url = {Literals.String(article.Url)},");
        if (article.Images.Count == 0)
        {
            writer.Line($"Images = global::System.Array.Empty<{Names.ArticleImage}>(),");
        }
        else
        {
            writer.Line($"Images = new {Names.ArticleImage}[]");
            writer.Open();
            for (var i = 0; i < article.Images.Count; i++)
            {
                var image = article.Images[i];
                writer.Line($"new {Names.ArticleImage}(Url: {Literals.String(image.Url)}, Caption: {values.Caption(i)}, Credit: {Literals.String(image.Credit)}),");
            }

            writer.Close("},");
        }

        WriteStrings(writer, "Paragraphs", article.Paragraphs, values.Paragraph);
    }

    /// <summary>
    /// This article's mentions of each corpus entity, in a class of their own: the entity's property
    /// gathers them from every article without building any article (no initialisation cycle).
    /// </summary>
    private static void WriteMentions(SourceWriter writer, ArticleSource source)
    {
        if (source.Article.Entities.Count == 0)
        {
            return;
        }

        writer.Line("internal static class Mentions");
        writer.Open();
        foreach (var reference in source.EntityReferences.Distinct())
        {
            var mentions = Enumerable.Range(0, source.Article.Entities.Count)
                .Where(e => source.EntityReferences[e] == reference)
                .SelectMany(e => source.Article.Entities[e].Mentions)
                .OrderBy(m => m.Span.Start)
                .Select(m => $"{m.Span.Start}, {m.Span.Length}");

            // Packed (start, length) pairs: one call per entity keeps the code the compiler must read small.
            writer.Line($"internal static readonly {Names.EntityMention}[] {MentionField(reference)} = {CorpusClass.QualifiedName(source.Options)}.{Names.Storage}.MentionsAt(Id, {string.Join(", ", mentions)});");
        }

        writer.Close();
        writer.Line();
    }

    /// <summary>The field an article's <c>Mentions</c> class keeps one entity's mentions in: "People.VladimirPutin" → "People_VladimirPutin".</summary>
    public static string MentionField(string reference) => reference.Replace('.', '_');

    private static void WriteEntitiesAndQuotes(SourceWriter writer, ArticleSource source, ValueExpressions values)
    {
        var article = source.Article;
        var corpus = CorpusClass.QualifiedName(source.Options);
        if (article.Entities.Count > 0)
        {
            writer.Line($"Entities = new {Names.Entity}[] {{ {string.Join(", ", source.EntityReferences.Distinct().Select(r => corpus + "." + r))} }},");
        }

        if (article.Quotes.Count == 0)
        {
            return;
        }

        writer.Line($"Quotes = new {Names.Quote}[]");
        writer.Open();
        foreach (var quote in article.Quotes)
        {
            var speakerIndex = CorpusBuilder.SpeakerIndex(article, quote);
            var speaker = speakerIndex < 0 ? "null" : corpus + "." + source.EntityReferences[speakerIndex];

            writer.Line($"new {Names.Quote}({values.Quote(quote)}, {Names.QuoteKind}.{quote.Kind}, {speaker}, new {Names.TextSpan}({quote.Span.Start}, {quote.Span.Length})),");
        }

        writer.Close("},");
    }

    private static void WriteStrings(SourceWriter writer, string property, IReadOnlyList<string> values, System.Func<int, string>? expression = null)
    {
        expression ??= i => Literals.String(values[i]);
        if (values.Count == 0)
        {
            writer.Line($"{property} = global::System.Array.Empty<string>(),");
            return;
        }

        if (values.Count == 1)
        {
            writer.Line($"{property} = new string[] {{ {expression(0)} }},");
            return;
        }

        writer.Line($"{property} = new string[]");
        writer.Open();
        for (var i = 0; i < values.Count; i++)
        {
            writer.Line($"{expression(i)},");
        }

        writer.Close("},");
    }

    /// <summary>Hint names become file names: keep them ASCII whatever script the member name is in.</summary>
    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c < 128)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('u').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
