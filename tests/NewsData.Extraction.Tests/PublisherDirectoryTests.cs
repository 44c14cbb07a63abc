using NewsData.Extraction.Publishers;

namespace NewsData.Extraction.Tests;

/// <summary>Publisher lookups by URL and by name in running text, which skip most of the table without changing an answer.</summary>
public class PublisherDirectoryTests
{
    [Theory]
    [InlineData("https://www.bbc.co.uk/news/world-60525350", "BBC News")]
    [InlineData("https://ichef.bbci.co.uk/news/976/cpsprodpb/photo.jpg", "BBC News")]
    [InlineData("https://media.thecradle.co/wp-content/uploads/2022/02/a.jpg", "The Cradle")]
    [InlineData("https://news.sky.com/story/x", "Sky News")] // the longer domain, though sky.com matches too
    [InlineData("https://sports.sky.com/x", "Sky News")]
    [InlineData("HTTPS://EDITION.CNN.COM:443/2022/02/24", "CNN")]
    [InlineData("https://notbbc.co.uk/story", null)] // a domain matches at a dot, not inside a label
    [InlineData("https://bbc.co.uk.example.org/", null)]
    [InlineData("https://example.org/bbc.co.uk", null)]
    [InlineData("not a url", null)]
    [InlineData("https://./", null)]
    public void A_URL_names_the_publisher_of_its_longest_known_domain(string url, string? publisher)
    {
        Assert.Equal(publisher, PublisherDirectory.Default.FindByUrl(url));
    }

    [Theory]
    [InlineData("Loading...\nThe Cradle\nNews", "The Cradle")]
    [InlineData("Home | World | Reuters", "Reuters")]
    [InlineData("Reuters reported that AP News", "Reuters")] // the first one in the text
    [InlineData("AP News and Reuters", "Associated Press")]
    [InlineData("The New York Times", "The New York Times")] // the longer name where two start together
    [InlineData("APNews and Reutersville", null)] // whole words only
    [InlineData("(Reuters)", "Reuters")]
    [InlineData("", null)]
    [InlineData("\u00C9dition sp\u00E9ciale", null)]
    public void A_name_in_text_is_found_as_a_whole_word_first_one_first(string text, string? publisher)
    {
        Assert.Equal(publisher, PublisherDirectory.Default.FindNameIn(text));
    }

    [Fact]
    public void Word_starts_hold_every_character_that_begins_a_word_and_rule_out_the_rest()
    {
        var starts = new WordStarts("(AP) via \u00C9lys\u00E9e, 5 o'clock");

        foreach (var c in "(Av\u00C95oc ")
        {
            Assert.True(starts.MayStartWith(c), c.ToString());
        }

        foreach (var c in "PRBxl")
        {
            Assert.False(starts.MayStartWith(c), c.ToString());
        }
    }
}
