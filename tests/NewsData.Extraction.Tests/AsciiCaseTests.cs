using NewsData.Extraction.Text;

namespace NewsData.Extraction.Tests;

/// <summary>The ASCII fast path gives exactly what the runtime's invariant casing gives.</summary>
public class AsciiCaseTests
{
    [Theory]
    [InlineData("")]
    [InlineData("already lower")]
    [InlineData("Read MORE: “Quoted” — dashes’ and ‘curly’ quotes")]
    [InlineData("Zoë ÉMILE Ørsted İstanbul ΣΟΦΊΑ")]
    [InlineData("ABC123 © ™ € 😀 x")]
    public void Lower_and_upper_casing_match_the_invariant_culture(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), AsciiCase.ToLower(text));
        Assert.Equal(text.ToUpperInvariant(), AsciiCase.ToUpper(text));
        foreach (var c in text)
        {
            Assert.Equal(char.ToLowerInvariant(c), AsciiCase.ToLower(c));
        }
    }

    [Fact]
    public void A_string_with_nothing_to_lower_is_returned_as_is()
    {
        const string text = "nothing to do — “here”";

        Assert.Same(text, AsciiCase.ToLower(text));
    }
}
