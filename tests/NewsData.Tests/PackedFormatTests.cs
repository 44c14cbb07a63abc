using System;
using NewsData.Compiled;

namespace NewsData.Tests;

/// <summary>The packed form the generator writes and the compiled corpus reads.</summary>
public class PackedFormatTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(int.MaxValue)]
    public void Numbers_round_trip(int value)
    {
        var packed = new PackedWriter().Number(value).Number(7).ToString();

        var reader = new PackedReader(packed);
        Assert.Equal(value, reader.Number());
        Assert.Equal(7, reader.Number());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Numbers_below_32_take_one_character_and_need_no_escaping()
    {
        Assert.Single(new PackedWriter().Number(31).ToString());
        foreach (var c in PackedDigits.Final + PackedDigits.More)
        {
            Assert.True(c is > ' ' and < '\x7f' and not '"' and not '\\', $"'{c}' would need escaping in a C# literal");
        }
    }

    [Fact]
    public void Strings_nulls_and_text_values_round_trip()
    {
        var packed = new PackedWriter()
            .String(null).String(string.Empty).String("Zoë \"quoted\" \\ \n")
            .Text(null, null).Text("ignored: a span", new TextSpan(4, 5)).Text("not verbatim", null)
            .ToString();

        var reader = new PackedReader(packed);
        Assert.Null(reader.String());
        Assert.Equal(string.Empty, reader.String());
        Assert.Equal("Zoë \"quoted\" \\ \n", reader.String());
        Assert.True(reader.Text().IsNull);
        var text = ArticleText.FromLiteral("The quick brown fox");
        Assert.Equal("quick", reader.Text().Resolve(text));
        Assert.Equal("not verbatim", reader.Text().Resolve(text));
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Framed_strings_and_relative_spans_round_trip()
    {
        var packed = new PackedWriter()
            .Framed("004_c1c3.txt", "004_c1c3", string.Empty)
            .Framed("NewsData.Article:/corpus/004_c1c3.txt", "NewsData.Article:", "004_c1c3.txt")
            .Framed("other.md", "004_c1c3", ".txt")
            .Framed(null, "a", "b")
            .Text("second", new TextSpan(30, 6), origin: 20)
            .Text("earlier", new TextSpan(5, 7), origin: 20)
            .ToString();

        var reader = new PackedReader(packed);
        Assert.Equal("004_c1c3.txt", reader.Framed("004_c1c3", string.Empty));
        Assert.Equal("NewsData.Article:/corpus/004_c1c3.txt", reader.Framed("NewsData.Article:", "004_c1c3.txt"));
        Assert.Equal("other.md", reader.Framed("004_c1c3", ".txt"));
        Assert.Null(reader.Framed("a", "b"));
        var text = ArticleText.FromLiteral(new string('.', 5) + "earlier" + new string('.', 18) + "second");
        var second = reader.Text(origin: 20);
        Assert.Equal("second", second.Resolve(text));
        Assert.Equal(36, second.SpanEnd);
        Assert.Equal("earlier", reader.Text(origin: 20).Resolve(text));
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Dates_round_trip_with_and_without_time_and_offset()
    {
        var dates = new PublicationDate?[]
        {
            null,
            new PublicationDate(2022, 2, 24),
            new PublicationDate(new DateTime(2022, 2, 24), new TimeSpan(21, 30, 0), null),
            new PublicationDate(new DateTime(1999, 12, 31), new TimeSpan(23, 59, 59), TimeSpan.FromHours(-14)),
            new PublicationDate(new DateTime(2024, 6, 1), new TimeSpan(0, 0, 0), TimeSpan.FromMinutes(345)),
        };
        var writer = new PackedWriter();
        foreach (var date in dates)
        {
            writer.Date(date);
        }

        var reader = new PackedReader(writer.ToString());
        foreach (var date in dates)
        {
            Assert.Equal(date, reader.Date());
        }

        Assert.True(reader.AtEnd);
    }

    [Theory]
    [InlineData("a")] // a number with no final digit
    [InlineData("~")] // not a digit at all
    [InlineData("5ab")] // a string longer than what is left
    public void Malformed_packing_throws_FormatException(string packed)
    {
        Assert.Throws<FormatException>(() =>
        {
            var reader = new PackedReader(packed);
            reader.String();
            reader.String();
        });
    }

    [Fact]
    public void Negative_numbers_are_refused_when_writing()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PackedWriter().Number(-1));
    }
}
