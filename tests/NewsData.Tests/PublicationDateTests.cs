using System;
using NewsData;

namespace NewsData.Tests;

public class PublicationDateTests
{
    [Theory]
    [InlineData("2022-02-25")]
    [InlineData("2022-02-24T21:30")]
    [InlineData("2022-02-24T21:30:15")]
    [InlineData("2022-02-24T21:30+03:00")]
    [InlineData("2022-02-24T21:30-05:00")]
    [InlineData("2022-02-24T00:00+00:00")]
    public void Format_round_trips_through_Parse(string text)
    {
        Assert.Equal(text, PublicationDate.Parse(text).ToString());
    }

    [Fact]
    public void A_date_without_a_time_has_no_time_and_no_instant()
    {
        var date = new PublicationDate(2022, 2, 25);

        Assert.Null(date.TimeOfDay);
        Assert.Null(date.Offset);
        Assert.Null(date.ToDateTimeOffset());
        Assert.Equal(new DateTime(2022, 2, 25), date.DateTime);
    }

    [Fact]
    public void A_time_without_a_zone_invents_no_offset()
    {
        var date = PublicationDate.Parse("2022-02-24T21:30");

        Assert.Equal(new TimeSpan(21, 30, 0), date.TimeOfDay);
        Assert.Null(date.Offset);
        Assert.Null(date.ToDateTimeOffset());
    }

    [Fact]
    public void A_stated_zone_gives_an_exact_instant()
    {
        var date = PublicationDate.Parse("2022-02-24T21:30+03:00");

        Assert.Equal(new DateTimeOffset(2022, 2, 24, 18, 30, 0, TimeSpan.Zero), date.ToDateTimeOffset());
    }

    [Theory]
    [InlineData("")]
    [InlineData("24/02/2022")]
    [InlineData("2022-02-30")]
    [InlineData("2022-02-24 21:30")]
    [InlineData("2022-02-24T25:00")]
    [InlineData("2022-02-24T21:30+3")]
    public void Parse_rejects_anything_but_the_contract_format(string text)
    {
        Assert.False(PublicationDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PublicationDate.Parse(text));
    }

    [Fact]
    public void An_offset_needs_a_time()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublicationDate(new DateTime(2022, 2, 24), null, TimeSpan.FromHours(3)));
    }

    [Fact]
    public void Dates_order_by_day_then_time_with_untimed_first()
    {
        var untimed = PublicationDate.Parse("2022-02-24");
        var evening = PublicationDate.Parse("2022-02-24T21:30");
        var nextDay = PublicationDate.Parse("2022-02-25");

        Assert.True(untimed.CompareTo(evening) < 0);
        Assert.True(evening.CompareTo(nextDay) < 0);
        Assert.Equal(0, evening.CompareTo(PublicationDate.Parse("2022-02-24T21:30")));
    }
}
