using System.Linq;
using NewsData.Extraction.Lines;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Tests;

/// <summary>
/// The page-structure rules around the line model (issue 19), each on a small page written for it:
/// dates, bylines, publishers, the headline, and text that must never be lost.
/// </summary>
public class PageStructureTests
{
    private static LineKind KindOf(string line) => LineClassifier.Classify(line, new SourceLine(0, 0, line.Length), 5).Kind;

    private static ExtractionResult Extract(params string[] lines) => ArticleExtractor.Extract("page.txt", string.Join("\n", lines) + "\n");

    [Theory]
    [InlineData("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019")]
    [InlineData("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm")]
    [InlineData("Nov 15, 20195:45 AM")]
    public void A_line_of_published_and_updated_dates_is_a_date_line(string line)
    {
        Assert.Equal(LineKind.DateLine, KindOf(line));
    }

    [Fact]
    public void A_date_above_the_headline_is_the_site_s_today_not_the_article_s()
    {
        var article = Extract(
            "November 20, 2019",
            "Home   World   Business   Tech",
            "Council agrees budget after months of talks",
            "By Maria Lopez",
            "Nov. 18, 2019 8:03 am",
            "",
            "The city council approved next year's budget on Monday after months of negotiations between the two largest groups.",
            "",
            "The budget raises spending on road repairs and libraries and freezes fees for sports grounds.").Article!;

        Assert.Equal("2019-11-18T08:03", article.Published?.ToString());
    }

    [Theory]
    [InlineData("By Meg JamesStaff Writer", "Meg James")] // a job title glued to the name
    [InlineData("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", "Chris Pokorny")]
    [InlineData("By Megan Rowe meganr@example.com(509) 459-5382", "Megan Rowe")]
    [InlineData("Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza")]
    [InlineData("By Jill Disis, CNN Business", "Jill Disis")] // an outlet beside a person is not an author
    [InlineData("By Eric Song, IGN Staff", "Eric Song")]
    [InlineData("Tom Wright, Shipping Correspondent", "Tom Wright")] // no "By", but a job title
    [InlineData("Meg Kinnard and Errin Haines, Associated Press", "Meg Kinnard|Errin Haines")]
    [InlineData("Chris Davies - Nov 19, 2019, 10:31 pm CST", "Chris Davies")] // the author before the date
    [InlineData("Monday November 18, 2019 7:45 am PST by Joe Rossignol", "Joe Rossignol")] // and after it
    public void Bylines_under_the_headline_name_their_authors(string byline, string authors)
    {
        var article = Extract(
            "Menu   Home   News   Sport",
            "Harbour board approves dredging of the main channel",
            byline,
            "Nov 19, 2019",
            "",
            "The harbour board voted on Tuesday to dredge the main shipping channel, which has silted up since the storms of last winter.",
            "",
            "Work will start in the spring and is expected to take three months, the board's chair said after the meeting.").Article!;

        Assert.Equal(authors.Split('|'), article.Authors);
    }

    [Fact]
    public void A_byline_naming_only_an_outlet_gives_way_to_the_reporter_s()
    {
        var article = Extract("Menu   Markets   Commodities", "Copper climbs as Chile mines strike", "by Reuters", "By Maria Lopez", "March 2, 2024", "", Paragraph, "", SecondParagraph).Article!;

        Assert.Equal(new[] { "Maria Lopez" }, article.Authors);
    }

    [Fact]
    public void A_lone_By_line_bylines_the_name_under_it()
    {
        var article = Extract(
            "Harbour board approves dredging of the main channel",
            "By",
            "Sarah E. Needleman",
            "Nov. 19, 2019 8:03 am ET",
            "",
            "The harbour board voted on Tuesday to dredge the main shipping channel, which has silted up since the storms of last winter.").Article!;

        Assert.Equal(new[] { "Sarah E. Needleman" }, article.Authors);
    }

    [Fact]
    public void Bare_names_are_a_byline_only_beside_a_date_or_handle()
    {
        var dated = Extract("Harbour board approves dredging of the main channel", "JANIE HAR", "Nov. 20, 2019", "", Paragraph).Article!;
        var undated = Extract("Harbour board approves dredging of the main channel", "Royal Family", "", Paragraph).Article!;

        Assert.Equal(new[] { "Janie Har" }, dated.Authors);
        Assert.Empty(undated.Authors);
    }

    private const string Paragraph = "The harbour board voted on Tuesday to dredge the main shipping channel, which has silted up since the storms of last winter.";

    [Theory]
    [InlineData("Subscribe   Sign in")]
    [InlineData("Leeds Evening Post   News  Sport  What's On  Jobs  Property")]
    [InlineData("MENU   SEARCH   EDITIONS: UK | US | EU")]
    [InlineData("WORLD  |  TRAVEL  |  SCIENCE")]
    public void A_site_menu_above_the_headline_is_not_the_headline(string menu)
    {
        var article = Extract(menu, "Harbour board approves dredging of the main channel", "By Ben Ortiz", "", Paragraph, "", SecondParagraph).Article!;

        Assert.Equal("Harbour board approves dredging of the main channel", article.Title);
        Assert.Equal(new[] { Paragraph, SecondParagraph }, article.Paragraphs);
    }

    [Theory]
    [InlineData("Home \u00BB Business \u00BB Harbour board approves dredging of the main channel")]
    [InlineData("Home > Local News > Harbour board approves dredging of the main channel")]
    [InlineData("Home/Business/Harbour board approves dredging of the main channel")]
    [InlineData("> Harbour board approves dredging of the main channel")]
    public void Breadcrumbs_on_the_headline_s_line_are_not_part_of_the_headline(string line)
    {
        var article = Extract("Subscribe   Sign in", line, "By Ben Ortiz", "", Paragraph, "", SecondParagraph).Article!;

        Assert.Equal("Harbour board approves dredging of the main channel", article.Title);
    }

    [Theory]
    [InlineData("AC/DC and 24/7 news: the band plays on")]
    [InlineData("Why prices > wages matters for the harbour")]
    [InlineData("Minister: \"No deal\" */ // </summary> <!-- #error done")]
    [InlineData("Cost of the harbour work rises from $2m > $3m, board says")]
    public void A_slash_or_angle_bracket_inside_a_headline_is_no_breadcrumb(string headline)
    {
        Assert.Equal(0, HeadlineText.CrumbsEnd(headline));
    }

    [Fact]
    public void A_sentence_hard_wrapped_over_lines_of_a_short_page_is_no_headline()
    {
        var article = Extract("Ferry timetable changes for the winter", "", "The first ferry will leave", "at seven from next week.", "", "Crews agreed.").Article!;

        Assert.Equal("Ferry timetable changes for the winter", article.Title);
        Assert.Equal(new[] { "The first ferry will leave at seven from next week.", "Crews agreed." }, article.Paragraphs);
    }

    [Fact]
    public void A_page_that_is_only_body_text_keeps_it_and_says_there_is_no_headline()
    {
        var result = Extract(Paragraph, "", SecondParagraph);

        Assert.Equal(string.Empty, result.Article!.Title);
        Assert.Equal(new[] { Paragraph, SecondParagraph }, result.Article.Paragraphs);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticIds.NoTitle, ExtractionSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void An_uncertain_headline_is_a_warning_that_names_both_candidates()
    {
        var lines = new[] { "Home   World   Sport", "Storm closes schools across the north", "Storm closes roads across the north", "", Paragraph, "", SecondParagraph };
        var text = string.Join("\n", lines) + "\n";
        var strict = ExtractionOptions.Default with { LineModel = LineModel.Default.WithTitleMargin(1000) };

        var doubted = ArticleExtractor.Extract("page.txt", text, strict);
        var usual = ArticleExtractor.Extract("page.txt", text);

        var warning = Assert.Single(doubted.Diagnostics, d => d.Id == DiagnosticIds.DoubtfulExtraction);
        Assert.Contains(doubted.Article!.Title, warning.Message);
        Assert.Contains("uncertain", warning.Message);
        Assert.True(warning.Message.Contains("Storm closes schools") && warning.Message.Contains("Storm closes roads"), warning.Message);
        Assert.Equal(doubted.Article.Title, usual.Article!.Title);
    }

    [Fact]
    public void A_gallery_link_is_not_a_credit_and_takes_no_paragraph_for_its_caption()
    {
        var article = Extract("Fire destroys boats at Lakeside marina", "By Ben Ortiz", "", Paragraph, "", "Photos: Fire at Lakeside marina", "", SecondParagraph).Article!;

        Assert.Empty(article.Images);
        Assert.Equal(new[] { Paragraph, SecondParagraph }, article.Paragraphs);
    }

    [Theory]
    [InlineData("Rescue workers search the rubble in Malatya on Feb. 9. (Ali Ihsan Ozturk/AP)", "Rescue workers search the rubble in Malatya on Feb. 9.", "Ali Ihsan Ozturk/AP")]
    [InlineData("1 of 3 | A firefighter watches a backburn near Pine Ridge. Photo by Ken James/UPI | License Photo", "A firefighter watches a backburn near Pine Ridge.", "Ken James/UPI")]
    public void Captions_with_their_credits_are_images(string line, string caption, string credit)
    {
        var article = Extract("Fire destroys boats at Lakeside marina", "By Ben Ortiz", "", line, "", Paragraph, "", SecondParagraph).Article!;

        Assert.Equal(new[] { new ArticleImage(null, caption, credit) }, article.Images);
        Assert.Equal(new[] { Paragraph, SecondParagraph }, article.Paragraphs);
    }

    [Theory]
    [InlineData("\u00A9 2024 Harbour Gazette. All rights reserved.", "Harbour Gazette")]
    [InlineData("Copyright (c) 2022 Cape Coast Mail. All rights reserved.", "Cape Coast Mail")]
    public void The_copyright_line_names_a_publisher_the_list_does_not_know(string footer, string publisher)
    {
        var article = Extract("Harbour board approves dredging of the main channel", "By Ben Ortiz", "", Paragraph, "", SecondParagraph, "", footer).Article!;

        Assert.Equal(publisher, article.Publisher);
    }

    [Fact]
    public void The_url_s_site_names_the_publisher_by_the_line_that_spells_it()
    {
        var article = Extract("https://www.lakesidestar.com/news/2024/05/02/marina-fire/", "The Lakeside Star", "Fire destroys boats at Lakeside marina", "", Paragraph).Article!;

        Assert.Equal("The Lakeside Star", article.Publisher);
    }

    [Fact]
    public void An_agency_sign_off_is_the_publisher_and_leaves_the_last_paragraph()
    {
        var article = Extract("Harbour board approves dredging of the main channel", "", Paragraph, "", SecondParagraph + " \u2014 Sapa-DPA").Article!;

        Assert.Equal("Sapa-DPA", article.Publisher);
        Assert.Equal(SecondParagraph, article.Paragraphs[^1]);
    }

    [Fact]
    public void Body_lines_are_kept_whatever_they_say_and_however_often()
    {
        // Issue 18 saw "#error", "#define" and "#if true" dropped and repeated paragraphs collapsed. They are body.
        var article = Extract("Compiler directives quoted in a scraped page", "", Paragraph, "", "#error This build is not supported", "#define MAX_SIZE 100", "#if true",
            "", Paragraph, "", Paragraph).Article!;

        Assert.Equal(new[] { Paragraph, "#error This build is not supported", "#define MAX_SIZE 100", "#if true", Paragraph, Paragraph }, article.Paragraphs);
    }

    private const string SecondParagraph = "Work will start in the spring and is expected to take three months, the board's chair said after the meeting.";
}
