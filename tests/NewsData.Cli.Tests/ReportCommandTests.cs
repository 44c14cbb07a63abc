using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using NewsData.Extraction;
using NewsData.Extraction.Corpus;

namespace NewsData.Cli.Tests;

public class ReportCommandTests
{
    [Fact]
    public void The_report_holds_every_article_quote_and_entity_of_the_corpus()
    {
        using var corpus = new TempCorpus();
        var file = Path.Combine(corpus.Path, "report.html");

        var (exitCode, output, error) = Cli.Run("report", Cli.SeedsFolder, "-o", file);

        Assert.True(exitCode == 0, error);
        Assert.Equal("", output);
        Assert.Matches($"^newsdata: wrote {Regex.Escape(file)}: 2 files, 2 articles, 0 errors, 0 warnings \\([0-9.]+ s\\)\\.\\s*$", error);
        var html = File.ReadAllText(file);
        var (articles, entities, _) = Expected();
        Assert.All(articles, a => Assert.Contains(WebUtility.HtmlEncode(a.Title), html));
        // A quote's text is whole in the page once the marks inside it (its mentions) are taken out.
        var plain = Regex.Replace(html, "<[^>]+>", string.Empty);
        Assert.All(articles.SelectMany(a => a.Quotes), q => Assert.Contains(WebUtility.HtmlEncode(q.Text), plain));
        // One panel per entity, and each is reachable from a link.
        Assert.Equal(entities.Count, Regex.Matches(html, "<section class=\"entity-panel\" id=\"(e\\d+)\"").Count);
        Assert.All(Regex.Matches(html, "<section class=\"entity-panel\" id=\"(e\\d+)\"").Select(m => m.Groups[1].Value), id => Assert.Contains($"href=\"#{id}\"", html));
    }

    [Fact]
    public void Statements_reported_twice_and_related_articles_link_across_articles()
    {
        var (_, html, _) = Cli.Run("report", Cli.SeedsFolder);
        var (articles, _, links) = Expected();

        Assert.NotEmpty(links.Statements);
        Assert.Equal(links.Statements.Sum(group => group.Select(m => m.Article).Distinct().Count()), Regex.Matches(html, "<li>Also reported: ").Count);
        foreach (var (a, b, _) in links.RelatedArticles)
        {
            Assert.Matches($"<p class=\"related\">Related: .*href=\"#a-{Regex.Escape(articles[b].Id)}\"", html);
            Assert.Matches($"<p class=\"related\">Related: .*href=\"#a-{Regex.Escape(articles[a].Id)}\"", html);
        }
    }

    [Fact]
    public void The_report_loads_nothing_from_the_network()
    {
        var (_, html, _) = Cli.Run("report", Cli.SeedsFolder);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotMatch("<(script|img|link|iframe)[^>]*\\s(src|href)=", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("@import", html);
    }

    [Fact]
    public void Diagnostics_appear_inline_and_a_failed_file_is_listed()
    {
        using var corpus = new TempCorpus();
        corpus.Add("empty.txt", "  \n");
        corpus.Add("undated.txt", "Talks stall again in Vienna\nPublished: sometime last spring\n\nDiplomats left on Friday.\n");

        var (exitCode, html, _) = Cli.Run("report", corpus.Path);

        Assert.Equal(1, exitCode); // errors found; the report is still written
        Assert.Matches("<li class=\"error\">empty.txt\\(1,1\\): error NEWS001: ", html);
        Assert.Matches("<li class=\"warning\">undated.txt\\(2,1\\): warning NEWS005: ", html);
        Assert.Contains("<article class=\"failed\"", html);
        Assert.Contains("Articles</dt><dd>1 of 2 files</dd>", html);
    }

    [Fact]
    public void Files_of_the_same_name_in_different_folders_are_both_reported()
    {
        using var corpus = new TempCorpus();
        Directory.CreateDirectory(Path.Combine(corpus.Path, "a"));
        Directory.CreateDirectory(Path.Combine(corpus.Path, "b"));
        corpus.Add(Path.Combine("a", "story.txt"), "Harbour reopens after winter storms\n\nBy Ana Lopes - March 3 2023\n\nThe harbour reopened on Friday, the port authority said.\n");
        corpus.Add(Path.Combine("b", "story.txt"), "City library extends opening hours\n\nBy Tom Reed - April 12 2023\n\nOpening hours will be extended from May, officials said.\n");

        var (exitCode, html, error) = Cli.Run("report", Path.Combine(corpus.Path, "a"), Path.Combine(corpus.Path, "b"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("<h2>Harbour reopens after winter storms</h2>", html);
        Assert.Contains("<h2>City library extends opening hours</h2>", html);
        Assert.Contains("The harbour reopened on Friday", html);
        Assert.Contains("Opening hours will be extended from May", html);
    }

    [Fact]
    public void Text_from_the_page_is_escaped()
    {
        using var corpus = new TempCorpus();
        corpus.Add("hostile.txt", "<script>alert(1)</script> & friends win vote\n\nBy Ana Lopes - March 3 2023\n\nThe <b>vote</b> passed on Friday, officials said.\n");

        var (_, html, _) = Cli.Run("report", corpus.Path);

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends", html);
        Assert.DoesNotContain("<b>vote</b>", html);
    }

    [Fact]
    public void Anchors_are_unique_so_every_link_leads_to_its_own_article()
    {
        using var corpus = new TempCorpus();
        Directory.CreateDirectory(Path.Combine(corpus.Path, "other"));
        corpus.Add("a b.txt", "Harbour reopens after winter storms\n\nThe harbour reopened on Friday, the port authority said.\n");
        corpus.Add("a_b.txt", "City library extends opening hours\n\nOpening hours will be extended from May, officials said.\n");
        corpus.Add(Path.Combine("other", "a_b.txt"), "Council approves new bus routes\n\nThe routes start in June, the council said.\n");
        corpus.Add("a_b-2.txt", "Bakery wins a national prize again\n\nThe bakery won on Sunday, the judges said.\n");
        corpus.Add("a+b.txt", "   \n");

        var (_, html, _) = Cli.Run("report", corpus.Path, Path.Combine(corpus.Path, "other"));

        var ids = Regex.Matches(html, "<article[^>]* id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // Each table-of-contents link names the article whose id it points at.
        foreach (Match link in Regex.Matches(html, "<li><a href=\"#([^\"]+)\">([^<]+)</a>"))
        {
            Assert.Matches($"<article id=\"{Regex.Escape(link.Groups[1].Value)}\">\\n<h2>{Regex.Escape(link.Groups[2].Value)}</h2>", html);
        }
    }

    [Fact]
    public void Control_characters_from_the_page_are_written_as_visible_escapes()
    {
        using var corpus = new TempCorpus();
        corpus.Add("esc.txt", "Harbour \u001B]0;PWNED\u0007 reopens after winter storms\n\nThe harbour reopened on Friday, the port authority said.\n");

        var (_, html, _) = Cli.Run("report", corpus.Path);

        Assert.DoesNotContain(html, c => char.IsControl(c) && c is not '\n');
        Assert.Contains("Harbour \\u001B]0;PWNED\\u0007 reopens", html);
    }

    [Fact]
    public void Quotes_in_the_text_are_marked_without_adding_quote_marks()
    {
        var (_, html, _) = Cli.Run("report", Cli.SeedsFolder);
        var (articles, _, _) = Expected();
        var main = html[html.IndexOf("<main>", System.StringComparison.Ordinal)..html.IndexOf("</main>", System.StringComparison.Ordinal)];

        var paragraphs = Regex.Matches(main, "<p>(.*?)</p>").Select(m => m.Groups[1].Value).ToList();
        // A <q> renders its own marks around text that already stands between the page's: "“…”" became "““…””".
        Assert.All(paragraphs, p => Assert.DoesNotContain("<q", p));
        // Each highlight holds exactly a quote's text.
        var marked = Regex.Matches(main, "<span class=\"quote (?:direct|partial|indirect)\"[^>]*>(.*?)</span>").Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", ""))).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, text => Assert.Contains(text, articles.SelectMany(a => a.Quotes).Select(q => q.Text)));
        // Every paragraph reads exactly as extracted: marking added and removed nothing.
        var shown = paragraphs.Select(p => WebUtility.HtmlDecode(Regex.Replace(p, "<[^>]+>", ""))).ToList();
        Assert.Equal(articles.SelectMany(a => a.Paragraphs), shown);
    }

    [Fact]
    public void Reported_speech_is_never_put_in_quote_marks()
    {
        var (_, html, _) = Cli.Run("report", Cli.SeedsFolder);
        var indirect = Expected().Articles.SelectMany(a => a.Quotes).Where(q => q.Kind == QuoteKind.Indirect).ToList();

        Assert.NotEmpty(indirect);
        Assert.All(indirect, q => Assert.DoesNotContain("<q>" + WebUtility.HtmlEncode(q.Text) + "</q>", html));
        // Listed in their speaker's panel, they are plain text; a quote nobody is found to have said has no panel.
        Assert.All(indirect.Where(q => q.Speaker is not null), q => Assert.Contains("<span class=\"reported\">" + WebUtility.HtmlEncode(q.Text) + "</span>", html));
    }

    [Fact]
    public void Dates_read_as_people_write_them_with_the_machine_form_kept()
    {
        var (_, html, _) = Cli.Run("report", Cli.SeedsFolder);

        Assert.Contains("<dt>Dates</dt><dd>24 February 2022 to 25 February 2022</dd>", html);
        Assert.Contains("<time datetime=\"2022-02-24T21:30\">24 February 2022, 21:30</time>", html);
        Assert.DoesNotMatch(">[^<]*\\d{4}-\\d{2}-\\d{2}T", html); // no ISO form in the text a reader sees
    }

    [Theory]
    [InlineData("2022-02-24", "24 February 2022")]
    [InlineData("2024-03-05T09:05", "5 March 2024, 09:05")]
    [InlineData("2023-12-31T23:59:30-05:00", "31 December 2023, 23:59:30 (UTC-05:00)")]
    public void Human_dates_keep_what_the_page_gave(string date, string expected) =>
        Assert.Equal(expected, HumanDate.Format(PublicationDate.Parse(date)));

    [Fact]
    public void Articles_without_a_publisher_are_counted_in_words_and_linked()
    {
        using var corpus = new TempCorpus();
        corpus.Add("harbour.txt", "Harbour reopens after winter storms\n\nThe harbour reopened on Friday, the port authority said.\n");
        corpus.Add("library.txt", "City library extends opening hours\n\nOpening hours will be extended from May, officials said.\n");
        File.Copy(Path.Combine(Cli.SeedsFolder, "004_c1c32415a31d80a4.txt"), Path.Combine(corpus.Path, "seed.txt"));

        var (_, html, _) = Cli.Run("report", corpus.Path);

        Assert.DoesNotContain("unknown", html);
        var none = Regex.Match(html, "<li class=\"no-publisher\"><details><summary>No publisher found <span class=\"count\">2</span></summary>(.*?)</details>", RegexOptions.Singleline);
        Assert.True(none.Success, "no 'No publisher found' entry with a count of 2");
        Assert.Contains("<a href=\"#a-harbour\">Harbour reopens after winter storms</a>", none.Groups[1].Value);
        Assert.Contains("<a href=\"#a-library\">City library extends opening hours</a>", none.Groups[1].Value);
    }

    [Fact]
    public void The_right_hand_column_starts_with_the_most_quoted_and_most_named()
    {
        var (_, html, _) = Cli.Run("report", Cli.SeedsFolder);
        var (articles, _, _) = Expected();
        var mostQuoted = articles.SelectMany(a => a.Quotes).Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!.Name)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, System.StringComparer.Ordinal).First();

        var start = Regex.Match(html, "<section class=\"entity-panel start\" id=\"start\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(start.Success);
        var first = Regex.Match(start.Groups[1].Value, "<ol class=\"most-quoted\">\n<li><a [^>]*>([^<]+)</a> <span class=\"count\">(\\d+) quotes?</span>");
        Assert.Equal(mostQuoted.Key, first.Groups[1].Value);
        Assert.Equal(mostQuoted.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), first.Groups[2].Value);
        Assert.Contains("<ol class=\"most-named\">", start.Groups[1].Value);
    }

    internal static (System.Collections.Generic.IReadOnlyList<Article> Articles, System.Collections.Generic.IReadOnlyList<Entity> Entities, CorpusLinks Links) Expected() =>
        CorpusBuilder.Build(Directory.GetFiles(Cli.SeedsFolder, "*.txt").Select(f => ArticleExtractor.Extract(f, SourceDecoder.Decode(File.ReadAllBytes(f))).Article!));
}
