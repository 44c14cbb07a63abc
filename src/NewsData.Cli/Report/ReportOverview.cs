using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsData.Extraction.Corpus;

namespace NewsData.Cli;

/// <summary>
/// What a reader sees before choosing anything: the corpus in numbers, its publishers (and the articles where
/// none was found), the articles, and in the right-hand column the people quoted and named most.
/// </summary>
internal static class ReportOverview
{
    public const string NoPublisher = "no publisher found";

    private const int Leaders = 10;

    public static void Write(ReportPage page, IReadOnlyList<ExtractedFile> inputs, IReadOnlyList<Article> articles, IReadOnlyList<Entity> entities, CorpusLinks links)
    {
        var dates = articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).OrderBy(d => d).ToList();
        var diagnostics = inputs.Sum(i => i.Result.Diagnostics.Count);
        page.Raw("<header id=\"overview\">\n<h1>NewsData corpus report</h1>\n<dl class=\"stats\">\n");
        Stat(page, "Articles", Number(articles.Count) + (inputs.Count > articles.Count ? $" of {Number(inputs.Count)} files" : ""));
        Stat(page, "Dates", dates.Count == 0 ? "none" : HumanDate.Range(dates[0], dates[^1]));
        Stat(page, "Quotes", Number(articles.Sum(a => a.Quotes.Count)));
        Stat(page, "Entities", Number(entities.Count));
        Stat(page, "Same statement reported twice", Number(links.Statements.Count));
        Stat(page, "Diagnostics", Number(diagnostics));
        page.Raw("</dl>\n<h2>Publishers</h2>\n<ul class=\"publishers\">\n");
        var byPublisher = Enumerable.Range(0, articles.Count).GroupBy(a => articles[a].Publisher).ToList();
        foreach (var group in byPublisher.Where(g => g.Key is not null).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            page.Raw("<li>").Text(group.Key!).Raw($" <span class=\"count\">{Number(group.Count())}</span></li>\n");
        }

        // The articles without a publisher are the ones to look at: each is a link.
        if (byPublisher.SingleOrDefault(g => g.Key is null) is { } none)
        {
            page.Raw($"<li class=\"no-publisher\"><details><summary>No publisher found <span class=\"count\">{Number(none.Count())}</span></summary>\n<ul>\n");
            foreach (var a in none)
            {
                page.Raw($"<li><a href=\"#{page.Anchors[a]}\">").Text(articles[a].Title).Raw("</a></li>\n");
            }

            page.Raw("</ul></details></li>\n");
        }

        page.Raw("</ul>\n<h2>Articles</h2>\n<ol class=\"toc\">\n");
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            page.Raw($"<li><a href=\"#{page.Anchors[a]}\">").Text(article.Title).Raw("</a> <span class=\"meta\">");
            _ = article.Published is { } published ? page.Date(published) : page.Text("undated");
            page.Raw("</span></li>\n");
        }

        page.Raw("</ol>\n</header>\n");
    }

    /// <summary>
    /// The right-hand column before a name is chosen: who is quoted most and who is named in most articles,
    /// each a link to their panel. It gives way to the chosen panel (CSS <c>:has(:target)</c>).
    /// </summary>
    public static void WriteStartPanel(ReportPage page, IReadOnlyList<Entity> entities, Dictionary<Entity, string> ids, Func<Entity, int> quoted, Func<Entity, int> namedIn)
    {
        page.Raw("<section class=\"entity-panel start\" id=\"start\">\n<h2>Who said most</h2>\n");
        Leaderboard(page, entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Organization), ids, quoted, "quote", "most-quoted", "No quote in the corpus has a speaker.");
        page.Raw("<h2>Named most</h2>\n");
        Leaderboard(page, entities, ids, namedIn, "article", "most-named", "No names found.");
        page.Raw("<p class=\"meta\">Choose a name anywhere on the page to see everything said by and about it.</p>\n</section>\n");
    }

    private static void Leaderboard(ReportPage page, IEnumerable<Entity> candidates, Dictionary<Entity, string> ids, Func<Entity, int> count, string unit, string cssClass, string empty)
    {
        var leaders = candidates.Select(e => (Entity: e, Count: count(e))).Where(l => l.Count > 0)
            .OrderByDescending(l => l.Count).ThenBy(l => l.Entity.Name, StringComparer.Ordinal).Take(Leaders).ToList();
        if (leaders.Count == 0)
        {
            page.Raw("<p class=\"meta\">").Text(empty).Raw("</p>\n");
            return;
        }

        page.Raw($"<ol class=\"{cssClass}\">\n");
        foreach (var (entity, n) in leaders)
        {
            var id = ids[entity];
            page.Raw($"<li><a class=\"entity {entity.Kind.ToString().ToLowerInvariant()}\" data-entity=\"{id}\" href=\"#{id}\">").Text(entity.Name)
                .Raw($"</a> <span class=\"count\">{Number(n)} {unit}{(n == 1 ? "" : "s")}</span></li>\n");
        }

        page.Raw("</ol>\n");
    }

    private static void Stat(ReportPage page, string name, string value) => page.Raw("<div><dt>").Text(name).Raw("</dt><dd>").Text(value).Raw("</dd></div>\n");

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
