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
    /// <summary>One input file: its path, its decoded text and what extraction made of it.</summary>
    public sealed record Input(string Path, string Text, ExtractionResult Result);

    public static void Write(TextWriter output, IReadOnlyList<Input> inputs)
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

        var page = new Page(output);
        page.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>NewsData corpus report</title>\n");
        page.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n" + Style + "</style>\n</head>\n<body>\n");
        WriteOverview(page, inputs, articles, entities, links);
        WriteEntityIndex(page, entities, entityIds);
        page.Raw("<main>\n");
        for (var a = 0; a < articles.Count; a++)
        {
            WriteArticle(page, articles[a], extracted[a], entityIds, Related(links, articles, a), SameStatements(links, articles, a));
        }

        foreach (var failed in inputs.Where(i => i.Result.Article is null))
        {
            page.Raw($"<article class=\"failed\" id=\"{Anchor(failed.Result.Id)}\">\n<h2>").Text(failed.Result.FileName).Raw("</h2>\n<p>Not compiled: the file has errors.</p>\n");
            WriteDiagnostics(page, failed);
            page.Raw("</article>\n");
        }

        page.Raw("</main>\n");
        WriteEntityPanels(page, articles, entities, entityIds);
        page.Raw("<script>\n" + Script + "</script>\n</body>\n</html>\n");
    }

    private static void WriteOverview(Page page, IReadOnlyList<Input> inputs, IReadOnlyList<Article> articles, IReadOnlyList<Entity> entities, CorpusLinks links)
    {
        var dates = articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).OrderBy(d => d).ToList();
        var diagnostics = inputs.Sum(i => i.Result.Diagnostics.Count);
        page.Raw("<header id=\"overview\">\n<h1>NewsData corpus report</h1>\n<dl class=\"stats\">\n");
        Stat(page, "Articles", articles.Count.ToString(CultureInfo.InvariantCulture) + (inputs.Count > articles.Count ? $" of {inputs.Count} files" : ""));
        Stat(page, "Dates", dates.Count == 0 ? "none" : dates[0] + " to " + dates[^1]);
        Stat(page, "Quotes", articles.Sum(a => a.Quotes.Count).ToString(CultureInfo.InvariantCulture));
        Stat(page, "Entities", entities.Count.ToString(CultureInfo.InvariantCulture));
        Stat(page, "Same statement reported twice", links.Statements.Count.ToString(CultureInfo.InvariantCulture));
        Stat(page, "Diagnostics", diagnostics.ToString(CultureInfo.InvariantCulture));
        page.Raw("</dl>\n<h2>Publishers</h2>\n<ul class=\"publishers\">\n");
        foreach (var group in articles.GroupBy(a => a.Publisher ?? "unknown").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            page.Raw("<li>").Text(group.Key).Raw($" <span class=\"count\">{group.Count()}</span></li>\n");
        }

        page.Raw("</ul>\n<h2>Articles</h2>\n<ol class=\"toc\">\n");
        foreach (var article in articles)
        {
            page.Raw($"<li><a href=\"#{Anchor(article.Id)}\">").Text(article.Title).Raw("</a> <span class=\"meta\">").Text(article.Published?.ToString() ?? "undated").Raw("</span></li>\n");
        }

        page.Raw("</ol>\n</header>\n");
    }

    private static void Stat(Page page, string name, string value) => page.Raw("<div><dt>").Text(name).Raw("</dt><dd>").Text(value).Raw("</dd></div>\n");

    private static void WriteEntityIndex(Page page, IReadOnlyList<Entity> entities, Dictionary<Entity, string> ids)
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

    private static void WriteArticle(Page page, Article article, Input input, Dictionary<Entity, string> ids, IEnumerable<Article> related, IEnumerable<(Quote Quote, List<Article> Elsewhere)> statements)
    {
        page.Raw($"<article id=\"{Anchor(article.Id)}\">\n<h2>").Text(article.Title).Raw("</h2>\n");
        if (article.Subtitle is { } subtitle)
        {
            page.Raw("<p class=\"subtitle\">").Text(subtitle).Raw("</p>\n");
        }

        page.Raw("<p class=\"meta\">");
        page.Text(string.Join(" · ", new[]
        {
            article.Authors.Count > 0 ? "By " + string.Join(", ", article.Authors) : null,
            article.Publisher,
            article.Published?.ToString(),
            input.Result.FileName,
        }.Where(p => p is not null)));
        page.Raw("</p>\n");
        WriteDiagnostics(page, input);

        // Marks: quotes and mentions as spans of the source text; paragraphs are found in it in order.
        var marks = article.Quotes.Select(q => new Mark(q.Span, q.Speaker, IsQuote: true))
            .Concat(article.Entities.SelectMany(e => e.Mentions.Where(m => m.ArticleId == article.Id).Select(m => new Mark(m.Span, e, IsQuote: false))))
            .ToList();
        var text = input.Text;
        var cursor = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            var at = text.IndexOf(paragraph, cursor, StringComparison.Ordinal);
            page.Raw("<p>");
            if (at < 0)
            {
                page.Text(paragraph); // rewritten by extraction (joined lines): shown plain
            }
            else
            {
                WriteMarked(page, text, at, at + paragraph.Length, marks, ids);
                cursor = at + paragraph.Length;
            }

            page.Raw("</p>\n");
        }

        var reported = statements.ToList();
        if (reported.Count > 0)
        {
            page.Raw("<ul class=\"statements\">\n");
            foreach (var (quote, elsewhere) in reported)
            {
                page.Raw("<li>Also reported: <q>").Text(quote.Text).Raw("</q> in ");
                for (var i = 0; i < elsewhere.Count; i++)
                {
                    page.Raw(i > 0 ? ", " : "").Raw($"<a href=\"#{Anchor(elsewhere[i].Id)}\">").Text(elsewhere[i].Title).Raw("</a>");
                }

                page.Raw("</li>\n");
            }

            page.Raw("</ul>\n");
        }

        var others = related.ToList();
        if (others.Count > 0)
        {
            page.Raw("<p class=\"related\">Related: ");
            for (var i = 0; i < others.Count; i++)
            {
                page.Raw(i > 0 ? ", " : "").Raw($"<a href=\"#{Anchor(others[i].Id)}\">").Text(others[i].Title).Raw("</a>");
            }

            page.Raw("</p>\n");
        }

        page.Raw("</article>\n");
    }

    private sealed record Mark(TextSpan Span, Entity? Entity, bool IsQuote);

    // Quotes enclose mentions; a mention that crosses a quote's edge is left unmarked rather than break nesting.
    private static void WriteMarked(Page page, string text, int start, int end, List<Mark> marks, Dictionary<Entity, string> ids)
    {
        var inside = marks.Where(m => m.Span.Start >= start && m.Span.End <= end && m.Span.Length > 0).ToList();
        var quotes = inside.Where(m => m.IsQuote).OrderBy(m => m.Span.Start).ToList();
        var mentions = inside.Where(m => !m.IsQuote).OrderBy(m => m.Span.Start).ToList();
        var position = start;
        void Mentions(int upTo)
        {
            foreach (var mention in mentions.Where(m => m.Span.Start >= position && m.Span.End <= upTo).ToList())
            {
                page.Text(text.Substring(position, mention.Span.Start - position));
                EntityLink(page, mention.Entity!, ids, text.Substring(mention.Span.Start, mention.Span.Length), mention: true);
                position = mention.Span.End;
            }

            page.Text(text.Substring(position, upTo - position));
            position = upTo;
        }

        foreach (var quote in quotes.Where(q => q.Span.Start >= position))
        {
            Mentions(quote.Span.Start);
            var speaker = quote.Entity is { } e && ids.TryGetValue(e, out var id) ? $" data-speaker=\"{id}\" title=\"{WebUtility.HtmlEncode(e.Name)}\"" : "";
            page.Raw($"<q class=\"quote\"{speaker}>");
            Mentions(quote.Span.End);
            page.Raw("</q>");
        }

        Mentions(end);
    }

    private static void EntityLink(Page page, Entity entity, Dictionary<Entity, string> ids, string text, bool mention = false)
    {
        var id = ids[entity];
        page.Raw($"<a class=\"entity {entity.Kind.ToString().ToLowerInvariant()}{(mention ? " mention" : "")}\" data-entity=\"{id}\" href=\"#{id}\">").Text(text).Raw("</a>");
    }

    private static void WriteDiagnostics(Page page, Input input)
    {
        if (input.Result.Diagnostics.Count == 0)
        {
            return;
        }

        page.Raw("<ul class=\"diagnostics\">\n");
        foreach (var diagnostic in input.Result.Diagnostics)
        {
            var position = TextPosition.Of(input.Text, diagnostic.Span.Start);
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            page.Raw($"<li class=\"{severity}\">").Text($"{input.Result.FileName}({position.Line + 1},{position.Column + 1}): {severity} {diagnostic.Id}: {diagnostic.Message}").Raw("</li>\n");
        }

        page.Raw("</ul>\n");
    }

    private static void WriteEntityPanels(Page page, IReadOnlyList<Article> articles, IReadOnlyList<Entity> entities, Dictionary<Entity, string> ids)
    {
        // One pass over the corpus, not one per entity: reports of large corpora stay linear.
        var quotesBy = articles.SelectMany(a => a.Quotes.Where(q => q.Speaker is not null).Select(q => (Article: a, Quote: q)))
            .ToLookup(p => p.Quote.Speaker!, ReferenceEqualityComparer.Instance);
        var namedIn = articles.SelectMany(a => a.Entities.Distinct(ReferenceEqualityComparer.Instance).Select(e => (Entity: e!, Article: a)))
            .ToLookup(p => p.Entity, p => p.Article, ReferenceEqualityComparer.Instance);
        page.Raw("<aside id=\"panels\">\n");
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
                page.Raw("<li><q>").Text(quote.Text).Raw($"</q> <a href=\"#{Anchor(article.Id)}\">").Text(article.Title).Raw("</a></li>\n");
            }

            page.Raw($"</ul>\n<h3>Named in ({named.Count})</h3>\n<ul class=\"named\">\n");
            foreach (var article in named)
            {
                page.Raw($"<li><a href=\"#{Anchor(article.Id)}\">").Text(article.Title).Raw("</a></li>\n");
            }

            page.Raw("</ul>\n</section>\n");
        }

        page.Raw("</aside>\n");
    }

    private static IEnumerable<Article> Related(CorpusLinks links, IReadOnlyList<Article> articles, int index) =>
        links.RelatedArticles.Where(p => p.A == index || p.B == index).Select(p => articles[p.A == index ? p.B : p.A]);

    // The statements this article shares with others: each of its quotes in a group, with the other articles of that group.
    private static IEnumerable<(Quote Quote, List<Article> Elsewhere)> SameStatements(CorpusLinks links, IReadOnlyList<Article> articles, int index) =>
        links.Statements
            .Where(group => group.Any(member => member.Article == index))
            .Select(group => (
                articles[index].Quotes[group.First(member => member.Article == index).Quote],
                group.Where(member => member.Article != index).Select(member => articles[member.Article]).Distinct().ToList()));

    private static string KindTitle(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organisations",
        EntityKind.Location => "Places",
        _ => "Other",
    };

    // Ids become HTML ids and URL fragments: keep them to safe characters.
    private static string Anchor(string id) => "a-" + new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    private sealed class Page(TextWriter output)
    {
        public Page Raw(string html)
        {
            output.Write(html);
            return this;
        }

        public Page Text(string text)
        {
            output.Write(WebUtility.HtmlEncode(text));
            return this;
        }
    }

    private const string Style = """
        body { font: 16px/1.5 Georgia, serif; margin: 0; display: grid; grid-template-columns: 16rem 1fr 22rem; grid-template-areas: "head head head" "nav main panels"; gap: 0 1.5rem; color: #222; background: #fbfaf6; }
        header { grid-area: head; padding: 1rem 1.5rem; background: #17395f; color: #fff; }
        header a { color: #cfe3ff; } header h2 { font-size: 1rem; margin: 1rem 0 .25rem; }
        .stats { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: .5rem 0; } .stats dt { font-size: .8rem; opacity: .8; } .stats dd { margin: 0; font-size: 1.3rem; }
        .publishers, .toc { margin: 0; padding-left: 1.2rem; } .count, .meta, .kind { color: #777; font-size: .85rem; } header .meta, header .count { color: #cfd8e3; }
        nav { grid-area: nav; padding: 1rem; font: 14px/1.4 system-ui, sans-serif; } nav ul { list-style: none; padding: 0; }
        main { grid-area: main; max-width: 46rem; } article { border-bottom: 1px solid #ddd; padding: 1rem 0; } .subtitle { font-style: italic; }
        q.quote { background: #fff3c4; } q.quote[data-speaker] { border-bottom: 2px solid #e0b400; }
        a.entity { text-decoration: none; border-bottom: 1px dotted; } a.person { color: #8a2c1d; } a.organization { color: #1d5a8a; } a.location { color: #2d7a3a; } a.other { color: #6a4a8a; }
        a.entity.active { background: #ffd7cf; outline: 1px solid #8a2c1d; }
        .diagnostics { font: 13px/1.4 ui-monospace, monospace; background: #fff; border-left: 3px solid #c33; padding: .5rem .5rem .5rem 1.5rem; } .diagnostics .warning { color: #8a6d00; } .diagnostics .error { color: #b00; } .diagnostics .info { color: #555; }
        aside { grid-area: panels; padding: 1rem; font: 14px/1.4 system-ui, sans-serif; } .entity-panel { display: none; position: sticky; top: 1rem; background: #fff; border: 1px solid #ccc; padding: .75rem; }
        .entity-panel:target { display: block; } .quotes li { margin-bottom: .5rem; }
        .statements, .related { font: 14px/1.4 system-ui, sans-serif; color: #555; }
        """;

    private const string Script = """
        // Marks every mention of the entity in the URL's fragment; the panel itself opens through :target.
        function mark() {
          var id = location.hash.slice(1);
          document.querySelectorAll('a.entity.active').forEach(function (a) { a.classList.remove('active'); });
          document.querySelectorAll('a.entity[data-entity="' + id + '"]').forEach(function (a) { a.classList.add('active'); });
        }
        window.addEventListener('hashchange', mark);
        mark();
        """;
}
