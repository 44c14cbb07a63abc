using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using NewsData.Extraction;
using NewsData.Extraction.Corpus;

namespace NewsData.Cli;

/// <summary>
/// The corpus as one self-contained HTML page: an overview, every article with its quotes and entity
/// mentions marked, diagnostics where they occur, and one panel per entity listing its quotes across
/// articles. Panels open through <c>:target</c>, so links work without script; the small script only
/// marks the chosen entity's mentions. Nothing is loaded from the network.
/// </summary>
internal static class HtmlReport
{
    public static void Write(TextWriter output, IReadOnlyList<ExtractedFile> inputs)
    {
        // In the order CorpusBuilder returns the linked articles (a stable sort by id), so article a is
        // extracted[a] even when two files in different folders share an id.
        var extracted = inputs.Where(i => i.Result.Article is not null).OrderBy(i => i.Result.Article!.Id, StringComparer.Ordinal).ToList();
        var (articles, entities, links) = CorpusBuilder.Build(extracted.Select(i => i.Result.Article!));
        var entityIds = new Dictionary<Entity, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entities.Count; i++)
        {
            entityIds[entities[i]] = "e" + i.ToString(CultureInfo.InvariantCulture);
        }

        var failures = inputs.Where(i => i.Result.Article is null).ToList();
        var anchors = ReportPage.AnchorsFor(articles.Select(a => a.Id).Concat(failures.Select(f => f.Result.Id)));
        var page = new ReportPage(output, anchors);
        page.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>NewsData corpus report</title>\n");
        page.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n" + ReportAssets.Style + "</style>\n</head>\n<body>\n");
        ReportOverview.Write(page, inputs, articles, entities, links);
        WriteEntityIndex(page, entities, entityIds);
        page.Raw("<main>\n");
        var related = Related(links, articles.Count);
        var statements = SameStatements(links, articles);
        for (var a = 0; a < articles.Count; a++)
        {
            WriteArticle(page, a, articles, extracted[a], entityIds, related[a], statements[a]);
        }

        for (var f = 0; f < failures.Count; f++)
        {
            page.Raw($"<article class=\"failed\" id=\"{anchors[articles.Count + f]}\">\n<h2>").Text(failures[f].Result.FileName).Raw("</h2>\n<p>Not compiled: the file has errors.</p>\n");
            WriteDiagnostics(page, failures[f]);
            page.Raw("</article>\n");
        }

        page.Raw("</main>\n");
        WriteEntityPanels(page, articles, entities, entityIds);
        page.Raw("<script>\n" + ReportAssets.Script + "</script>\n</body>\n</html>\n");
    }

    private static void WriteEntityIndex(ReportPage page, IReadOnlyList<Entity> entities, Dictionary<Entity, string> ids)
    {
        page.Raw("<nav id=\"entities\">\n<h2>Who and what</h2>\n");
        foreach (var kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Location, EntityKind.Other })
        {
            var ofKind = entities.Where(e => e.Kind == kind).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }

            page.Raw($"<h3>{KindTitle(kind)}</h3>\n<ul>\n");
            foreach (var entity in ofKind)
            {
                page.Raw("<li>");
                EntityLink(page, entity, ids, entity.Name);
                page.Raw("</li>\n");
            }

            page.Raw("</ul>\n");
        }

        page.Raw("</nav>\n");
    }

    private static void WriteArticle(ReportPage page, int index, IReadOnlyList<Article> articles, ExtractedFile input, Dictionary<Entity, string> ids, List<int> related, List<(Quote Quote, List<int> Elsewhere)> statements)
    {
        var article = articles[index];
        page.Raw($"<article id=\"{page.Anchors[index]}\">\n<h2>").Text(article.Title).Raw("</h2>\n");
        if (article.Subtitle is { } subtitle)
        {
            page.Raw("<p class=\"subtitle\">").Text(subtitle).Raw("</p>\n");
        }

        page.Raw("<p class=\"meta\">");
        if (article.Authors.Count > 0)
        {
            page.Text("By " + string.Join(", ", article.Authors)).Raw(" · ");
        }

        page.Text(article.Publisher ?? ReportOverview.NoPublisher);
        if (article.Published is { } published)
        {
            page.Raw(" · ").Date(published);
        }

        page.Raw(" · ").Text(input.Result.FileName).Raw("</p>\n");
        WriteDiagnostics(page, input);

        // Marks: quotes and mentions as spans of the source text, each list in text order, walked once with
        // the paragraphs, which stand where extraction says they came from (never searched for: a search per
        // paragraph made the report quadratic in the length of an article).
        var marks = new Marks(
            article.Quotes.Where(q => q.Span.Length > 0).Select(q => new Mark(q.Span, q.Speaker, q.Kind)).OrderBy(m => m.Span.Start).ToList(),
            article.Entities.SelectMany(e => e.Mentions.Where(m => m.ArticleId == article.Id && m.Span.Length > 0).Select(m => new Mark(m.Span, e))).OrderBy(m => m.Span.Start).ToList());
        var text = input.Text;
        var sources = input.Result.ParagraphSources;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            page.Raw("<p>");
            if (sources.Count == article.Paragraphs.Count && IsAt(text, paragraph, sources[p].Start))
            {
                WriteMarked(page, text, sources[p].Start, sources[p].Start + paragraph.Length, marks, ids);
            }
            else
            {
                page.Text(paragraph); // rewritten by extraction (joined lines): shown plain
            }

            page.Raw("</p>\n");
        }

        if (statements.Count > 0)
        {
            page.Raw("<ul class=\"statements\">\n");
            foreach (var (quote, elsewhere) in statements)
            {
                page.Raw("<li>Also reported: ");
                QuoteText(page, quote);
                page.Raw(" in ");
                ArticleLinks(page, articles, elsewhere);
                page.Raw("</li>\n");
            }

            page.Raw("</ul>\n");
        }

        if (related.Count > 0)
        {
            page.Raw("<p class=\"related\">Related: ");
            ArticleLinks(page, articles, related);
            page.Raw("</p>\n");
        }

        page.Raw("</article>\n");
    }

    private static void ArticleLinks(ReportPage page, IReadOnlyList<Article> articles, List<int> indices)
    {
        for (var i = 0; i < indices.Count; i++)
        {
            page.Raw(i > 0 ? ", " : "").Raw($"<a href=\"#{page.Anchors[indices[i]]}\">").Text(articles[indices[i]].Title).Raw("</a>");
        }
    }

    private static bool IsAt(string text, string value, int start) =>
        start >= 0 && start + value.Length <= text.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;

    private sealed record Mark(TextSpan Span, Entity? Entity, QuoteKind Kind = QuoteKind.Direct);

    /// <summary>An article's quotes and mentions in text order, with how far each list has been written.</summary>
    private sealed class Marks(List<Mark> quotes, List<Mark> mentions)
    {
        public List<Mark> Quotes { get; } = quotes;

        public List<Mark> Mentions { get; } = mentions;

        public int NextQuote { get; set; }

        public int NextMention { get; set; }
    }

    /// <summary>A quote's text on its own: in quote marks (a <c>q</c>) when it is the speaker's words, plain when it is reported speech.</summary>
    internal static void QuoteText(ReportPage page, Quote quote) =>
        (quote.Kind == QuoteKind.Indirect ? page.Raw("<span class=\"reported\">") : page.Raw("<q>")).Text(quote.Text).Raw(quote.Kind == QuoteKind.Indirect ? "</span>" : "</q>");

    // Quotes enclose mentions; a mention that crosses a quote's edge is left unmarked rather than break nesting.
    // Paragraphs come in text order, so each mark is looked at once over the whole article.
    private static void WriteMarked(ReportPage page, string text, int start, int end, Marks marks, Dictionary<Entity, string> ids)
    {
        var position = start;
        void Mentions(int upTo)
        {
            for (; marks.NextMention < marks.Mentions.Count && marks.Mentions[marks.NextMention].Span.Start < upTo; marks.NextMention++)
            {
                var mention = marks.Mentions[marks.NextMention];
                if (mention.Span.Start >= position && mention.Span.End <= upTo)
                {
                    page.Text(text, position, mention.Span.Start - position);
                    EntityLink(page, mention.Entity!, ids, text.Substring(mention.Span.Start, mention.Span.Length), mention: true);
                    position = mention.Span.End;
                }
            }

            page.Text(text, position, upTo - position);
            position = upTo;
        }

        for (; marks.NextQuote < marks.Quotes.Count && marks.Quotes[marks.NextQuote].Span.Start < end; marks.NextQuote++)
        {
            var quote = marks.Quotes[marks.NextQuote];
            if (quote.Span.Start < position || quote.Span.End > end)
            {
                continue;
            }

            Mentions(quote.Span.Start);
            var speaker = quote.Entity is { } e && ids.TryGetValue(e, out var id) ? $" data-speaker=\"{id}\" title=\"{WebUtility.HtmlEncode(e.Name)}\"" : "";
            // A span, not <q>: the page's own quote marks stand around the quote's text (a <q> doubled them), and
            // reported speech has none.
            page.Raw($"<span class=\"quote {quote.Kind.ToString().ToLowerInvariant()}\"{speaker}>");
            Mentions(quote.Span.End);
            page.Raw("</span>");
        }

        Mentions(end);
    }

    private static void EntityLink(ReportPage page, Entity entity, Dictionary<Entity, string> ids, string text, bool mention = false)
    {
        var id = ids[entity];
        page.Raw($"<a class=\"entity {entity.Kind.ToString().ToLowerInvariant()}{(mention ? " mention" : "")}\" data-entity=\"{id}\" href=\"#{id}\">").Text(text).Raw("</a>");
    }

    private static void WriteDiagnostics(ReportPage page, ExtractedFile input)
    {
        if (input.Result.Diagnostics.Count == 0)
        {
            return;
        }

        page.Raw("<ul class=\"diagnostics\">\n");
        foreach (var diagnostic in input.Result.Diagnostics)
        {
            // Those about a corrections file are located in it, at the correction they name.
            var place = DiagnosticPlace.Of(input.Result.FileName, input.Text, diagnostic);
            page.Raw($"<li class=\"{diagnostic.Severity.ToString().ToLowerInvariant()}\">").Text(DiagnosticPlace.Line(place, diagnostic)).Raw("</li>\n");
        }

        page.Raw("</ul>\n");
    }

    private static void WriteEntityPanels(ReportPage page, IReadOnlyList<Article> articles, IReadOnlyList<Entity> entities, Dictionary<Entity, string> ids)
    {
        // One pass over the corpus, not one per entity: reports of large corpora stay linear.
        var quotesBy = Enumerable.Range(0, articles.Count).SelectMany(a => articles[a].Quotes.Where(q => q.Speaker is not null).Select(q => (Article: a, Quote: q)))
            .ToLookup(p => p.Quote.Speaker!, ReferenceEqualityComparer.Instance);
        var namedIn = Enumerable.Range(0, articles.Count).SelectMany(a => articles[a].Entities.Distinct(ReferenceEqualityComparer.Instance).Select(e => (Entity: e!, Article: a)))
            .ToLookup(p => p.Entity, p => p.Article, ReferenceEqualityComparer.Instance);
        page.Raw("<aside id=\"panels\">\n");
        ReportOverview.WriteStartPanel(page, entities, ids, quoted: entity => quotesBy[entity].Count(), namedIn: entity => namedIn[entity].Count());
        foreach (var entity in entities)
        {
            var quotes = quotesBy[entity].ToList();
            var named = namedIn[entity].ToList();
            page.Raw($"<section class=\"entity-panel\" id=\"{ids[entity]}\">\n<h2>").Text(entity.Name).Raw($" <span class=\"kind\">{KindTitle(entity.Kind)}</span></h2>\n");
            if (entity.Aliases.Count > 0)
            {
                page.Raw("<p class=\"meta\">Also: ").Text(string.Join(", ", entity.Aliases)).Raw("</p>\n");
            }

            page.Raw($"<h3>Quotes ({quotes.Count})</h3>\n<ul class=\"quotes\">\n");
            foreach (var (article, quote) in quotes)
            {
                page.Raw("<li>");
                QuoteText(page, quote);
                page.Raw($" <a href=\"#{page.Anchors[article]}\">").Text(articles[article].Title).Raw("</a></li>\n");
            }

            page.Raw($"</ul>\n<h3>Named in ({named.Count})</h3>\n<ul class=\"named\">\n");
            foreach (var article in named)
            {
                page.Raw($"<li><a href=\"#{page.Anchors[article]}\">").Text(articles[article].Title).Raw("</a></li>\n");
            }

            page.Raw("</ul>\n</section>\n");
        }

        page.Raw("</aside>\n");
    }

    /// <summary>Each article's related articles, gathered in one pass over the links.</summary>
    private static List<int>[] Related(CorpusLinks links, int count)
    {
        var related = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        foreach (var (a, b, _) in links.RelatedArticles)
        {
            related[a].Add(b);
            related[b].Add(a);
        }

        return related;
    }

    /// <summary>
    /// Each article's statements shared with others, in one pass over the groups: for each group it is in,
    /// its first quote there and the other articles of the group.
    /// </summary>
    private static List<(Quote Quote, List<int> Elsewhere)>[] SameStatements(CorpusLinks links, IReadOnlyList<Article> articles)
    {
        var statements = Enumerable.Range(0, articles.Count).Select(_ => new List<(Quote, List<int>)>()).ToArray();
        foreach (var group in links.Statements)
        {
            foreach (var index in group.Select(member => member.Article).Distinct())
            {
                var quote = articles[index].Quotes[group.First(member => member.Article == index).Quote];
                statements[index].Add((quote, group.Where(member => member.Article != index).Select(member => member.Article).Distinct().ToList()));
            }
        }

        return statements;
    }

    private static string KindTitle(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organisations",
        EntityKind.Location => "Places",
        _ => "Other",
    };
}
