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
}
