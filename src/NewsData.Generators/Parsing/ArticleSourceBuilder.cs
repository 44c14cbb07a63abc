using System.Collections.Generic;
using System.Text;
using NewsData.Compiled;
using NewsData.Extraction.Corpus;
using NewsData.Generators.Emitting;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>An extracted article and its place in the corpus → the strings its generated member is made of.</summary>
internal static class ArticleSourceBuilder
{
    public static ArticleSource? Build(ArticleSpec spec, CorpusIndex index)
    {
        if (spec.Article is not { } article || index.Find(spec.Path) is not { } member)
        {
            return null;
        }

        var spans = new List<TextSpan?>(spec.TextSpans.Count / 2);
        for (var i = 0; i + 1 < spec.TextSpans.Count; i += 2)
        {
            spans.Add(spec.TextSpans[i] < 0 ? null : new TextSpan(spec.TextSpans[i], spec.TextSpans[i + 1]));
        }

        var speakers = new int[article.Quotes.Count];
        for (var q = 0; q < speakers.Length; q++)
        {
            var local = CorpusBuilder.SpeakerIndex(article, article.Quotes[q]);
            speakers[q] = local < 0 ? -1 : member.Entities[local];
        }

        var packed = PackedArticle.Write(
            member.Ordinal,
            article,
            textIsResource: spec.ResourceName is not null,
            spec.ResourceName ?? spec.Text ?? string.Empty,
            spans,
            member.Entities,
            speakers);
        return new ArticleSource(member.Ordinal, member.Name, article.Title, Remarks(article), packed);
    }

    private static string Remarks(Article article)
    {
        var remarks = new StringBuilder();
        remarks.Append(article.Published is { } published ? $"Published {published}" : "Publication date unknown");
        if (article.Publisher is { } publisher)
        {
            remarks.Append(" by ").Append(publisher);
        }

        remarks.Append(". ").Append(Count(article.Paragraphs.Count, "paragraph")).Append(", ").Append(Count(article.Quotes.Count, "quote"))
            .Append(", ").Append(Count(article.Entities.Count, "entity", "entities")).Append(". Source: ").Append(article.SourceFile ?? article.Id).Append('.');
        return remarks.ToString();
    }

    private static string Count(int count, string one, string? many = null) => count == 1 ? "1 " + one : $"{count} {many ?? one + "s"}";
}
