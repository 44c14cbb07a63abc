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
}
