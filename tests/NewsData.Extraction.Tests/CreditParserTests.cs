using NewsData.Extraction.Images;

namespace NewsData.Extraction.Tests;

public class CreditParserTests
{
    [Theory]
    [InlineData("(Photo credit: Xinhua News)", "Xinhua News")]
    [InlineData("(photo credit: Russian Pool/Reuters TV via REUTERS ATTENTION EDITORS)", "Russian Pool/Reuters TV via REUTERS ATTENTION EDITORS")]
    [InlineData("Photo: Getty Images", "Getty Images")]
    [InlineData("Image source, Getty Images", "Getty Images")]
    [InlineData("Credit: Jane Doe/Bloomberg", "Jane Doe/Bloomberg")]
    [InlineData("Photo by John Moore/Getty Images", "John Moore/Getty Images")]
    [InlineData("AFP via Getty Images", "AFP via Getty Images")]
    [InlineData("REUTERS/Evgenia Novozhenina", "REUTERS/Evgenia Novozhenina")]
    [InlineData("(AP Photo/Evan Vucci)", "AP Photo/Evan Vucci")]
    [InlineData("Credit...Sergey Ponomarev for The New York Times", "Sergey Ponomarev for The New York Times")]
    public void Reads_credit_lines(string line, string credit)
    {
        Assert.True(CreditParser.TryParseCreditLine(line, out var actual));
        Assert.Equal(credit, actual);
    }

    [Theory]
    [InlineData("(Reuters)")]
    [InlineData("Photographers gathered outside the court on Monday.")]
    [InlineData("The image shows damage to the roof.")]
    [InlineData("Estonia opens new border crossing with Latvia to freight traffic")] // "via " inside "Latvia to", "pool" in "Liverpool"
    [InlineData("Liverpool fans gather at Anfield/Goodison derby")]
    public void Does_not_take_other_lines_for_credits(string line)
    {
        Assert.False(CreditParser.TryParseCreditLine(line, out _));
    }

    [Theory]
    [InlineData("Putin in Moscow. (photo credit: REUTERS)", "Putin in Moscow.", "REUTERS")]
    [InlineData("Raisi at prayers. (credit: PRESIDENT WEBSITE/WANA (WEST ASIA NEWS AGENCY)/HANDOUT VIA REUTERS)", "Raisi at prayers.", "PRESIDENT WEBSITE/WANA (WEST ASIA NEWS AGENCY)/HANDOUT VIA REUTERS")]
    [InlineData("A convoy north of Kyiv. Photograph: Maxar Technologies/AFP/Getty Images", "A convoy north of Kyiv.", "Maxar Technologies/AFP/Getty Images")]
    [InlineData("Biden speaks at the White House. (AP Photo/Alex Brandon)", "Biden speaks at the White House.", "AP Photo/Alex Brandon")]
    [InlineData("Crowds in the square. \u00A9 Reuters", "Crowds in the square.", "Reuters")]
    [InlineData("\u201CWe will stay,\u201D she said.\u201D Photo: Jane Doe/AP", "\u201CWe will stay,\u201D she said.\u201D", "Jane Doe/AP")] // after the closing quote
    [InlineData("Two sentences. Then a third! Image: Getty", "Two sentences. Then a third!", "Getty")] // the first label after a sentence end
    public void Splits_captions_from_their_credits(string line, string caption, string credit)
    {
        Assert.True(CreditParser.TrySplitCaption(line, out var actualCaption, out var actualCredit));
        Assert.Equal(caption, actualCaption);
        Assert.Equal(credit, actualCredit);
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia said on Thursday it would resume talks (the second round).")]
    [InlineData("The minister spoke to reporters (in Geneva)")]
    public void Leaves_body_sentences_alone(string line)
    {
        Assert.False(CreditParser.TrySplitCaption(line, out _, out _));
    }

    [Fact]
    public void Looks_for_a_credit_after_a_sentence_only_in_the_last_200_characters()
    {
        var label = ". Photo: Jane Doe/AP";
        var inTail = "A " + new string('x', 150) + label;
        var beforeTail = "A " + new string('x', 150) + label + " " + new string('y', 199);

        Assert.True(CreditParser.TrySplitCaption(inTail, out _, out var credit));
        Assert.Equal("Jane Doe/AP", credit);
        Assert.False(CreditParser.TrySplitCaption(beforeTail, out _, out _));
    }

    [Fact]
    public void Ignores_sentence_ends_followed_by_no_label()
    {
        Assert.False(CreditParser.TrySplitCaption("One. Two! Three? \u201CFour.\u201D Five.) Six\u2026 seven.", out _, out _));
    }
}
