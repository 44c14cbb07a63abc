using NewsData.Extraction.Dates;

namespace NewsData.Extraction.Tests;

public class DateParserTests
{
    [Theory]
    [InlineData("February 25 2022", "2022-02-25")]
    [InlineData("FEBRUARY 24, 2022 21:30", "2022-02-24T21:30")]
    [InlineData("Feb. 24th, 2022", "2022-02-24")]
    [InlineData("24 February 2022", "2022-02-24")]
    [InlineData("Fri 25 Feb 2022 14.30 GMT", "2022-02-25T14:30+00:00")]
    [InlineData("the 3rd of March 2022", "2022-03-03")]
    [InlineData("2022-02-24", "2022-02-24")]
    [InlineData("2022-02-24T21:30:00Z", "2022-02-24T21:30+00:00")]
    [InlineData("2022-02-24T21:30:00.123+03:00", "2022-02-24T21:30+03:00")]
    [InlineData("2022/02/24 08:05", "2022-02-24T08:05")]
    [InlineData("24.02.2022 - 18:45", "2022-02-24T18:45")]
    [InlineData("24/02/2022", "2022-02-24")]
    [InlineData("02/24/2022", "2022-02-24")]
    [InlineData("March 5, 2022 at 9:30 a.m. ET", "2022-03-05T09:30")]
    [InlineData("March 5, 2022 at 9:30 p.m. EST", "2022-03-05T21:30-05:00")]
    [InlineData("5:07 PM EST, February 24, 2022", "2022-02-24T17:07-05:00")]
    [InlineData("Jan 3 2023 9am", "2023-01-03T09:00")]
    [InlineData("3 Jan 2023 12:15 (UTC+03:00)", "2023-01-03T12:15+03:00")]
    [InlineData("3 Jan 2023 12:15 GMT+2", "2023-01-03T12:15+02:00")]
    [InlineData("3 Jan 2023 12:15 +0530", "2023-01-03T12:15+05:30")]
    [InlineData("Nov 15, 20195:45 AM", "2019-11-15T05:45")] // a year glued to the time after it, as scrapes join inline elements
    [InlineData("Wed, Nov 20 201911:29 PM", "2019-11-20T23:29")]
    public void Finds_dates_in_common_news_formats(string text, string expected)
    {
        var match = DateParser.Find(text, 0, text.Length);

        Assert.NotNull(match);
        Assert.Equal(expected, match!.ToPublicationDate().ToString());
    }

    [Theory]
    [InlineData("February 2022")]
    [InlineData("on 24 February")]
    [InlineData("February 30, 2022")]
    [InlineData("13/13/2022")]
    [InlineData("The P4+1 group met in 2021")]
    [InlineData("May the talks succeed, 12 officials said")]
    [InlineData("")]
    public void Ignores_what_is_not_a_complete_date(string text)
    {
        Assert.Null(DateParser.Find(text, 0, text.Length));
    }

    [Fact]
    public void A_dash_followed_by_a_number_is_not_read_as_a_zone()
    {
        const string text = "24 February 2022 21:30 - 3 killed";
        Assert.Equal("2022-02-24T21:30", DateParser.Find(text, 0, text.Length)!.ToPublicationDate().ToString());
    }

    [Fact]
    public void Match_reports_where_the_date_stands()
    {
        const string text = "By News Desk - February 25 2022";
        var match = DateParser.Find(text, 0, text.Length)!;

        Assert.Equal("February 25 2022", text.Substring(match.Start, match.End - match.Start));
    }

    [Theory]
    [InlineData("3 hours ago", 0)]
    [InlineData("2 days ago", 2)]
    [InlineData("1 week ago", 7)]
    [InlineData("Yesterday", 1)]
    [InlineData("Updated today", 0)]
    public void Reads_relative_dates_as_days_ago(string text, int days)
    {
        Assert.Equal(days, DateParser.FindDaysAgo(text, 0, text.Length));
    }

    [Theory]
    [InlineData("Just NOW", 0, 8, 0)]
    [InlineData("Published: 3 DAYS AGO", 11, 21, 3)]
    [InlineData("known snow in Agora", 0, 19, null)] // the words only inside other words
    [InlineData("2 days later", 0, 12, null)]
    [InlineData("today | Sports", 7, 14, null)] // "today" is outside the window
    [InlineData("ago", 0, 3, null)] // no count before it
    public void Reads_relative_dates_only_from_whole_words_inside_the_window(string text, int start, int end, int? days)
    {
        Assert.Equal(days, DateParser.FindDaysAgo(text, start, end));
    }
}
