using System.Collections.Generic;
using NewsData;

namespace NewsData.Tests;

public class ArticleEqualityTests
{
    private static Article Make(List<string> paragraphs) => new("a", "Title")
    {
        Authors = new[] { "News Desk" },
        Images = new[] { new ArticleImage("https://example.com/a.jpg", null, "AP") },
        Paragraphs = paragraphs,
        Published = PublicationDate.Parse("2022-02-24T21:30"),
    };

    [Fact]
    public void Articles_with_the_same_content_are_equal_even_with_different_list_instances()
    {
        var first = Make(new List<string> { "One.", "Two." });
        var second = Make(new List<string> { "One.", "Two." });

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Articles_differing_in_one_paragraph_are_not_equal()
    {
        Assert.NotEqual(Make(new List<string> { "One.", "Two." }), Make(new List<string> { "One.", "Three." }));
    }

    [Fact]
    public void Lists_are_copied_so_later_changes_to_the_source_list_do_not_leak_in()
    {
        var paragraphs = new List<string> { "One." };
        var article = Make(paragraphs);

        paragraphs.Add("Sneaked in.");

        Assert.Equal(new[] { "One." }, article.Paragraphs);
    }

    [Fact]
    public void Body_joins_paragraphs_with_blank_lines()
    {
        Assert.Equal("One.\n\nTwo.", Make(new List<string> { "One.", "Two." }).Body);
    }

    [Fact]
    public void Entities_and_quotes_compare_by_value()
    {
        var putin = new Entity("Vladimir Putin", EntityKind.Person) { Aliases = new[] { "Putin" }, Mentions = new[] { new EntityMention("a", new TextSpan(3, 5)) } };
        var samePutin = new Entity("Vladimir Putin", EntityKind.Person) { Aliases = new[] { "Putin" }, Mentions = new[] { new EntityMention("a", new TextSpan(3, 5)) } };

        Assert.Equal(putin, samePutin);
        Assert.Equal(new Quote("Hello", QuoteKind.Direct, putin, new TextSpan(1, 5)), new Quote("Hello", QuoteKind.Direct, samePutin, new TextSpan(1, 5)));
    }

    [Fact]
    public void TextSpan_slices_exactly_its_characters()
    {
        Assert.Equal("World", new TextSpan(6, 5).Slice("Hello World!"));
        Assert.Equal(11, new TextSpan(6, 5).End);
    }
}
