using System.Linq;

namespace NewsData.Extraction.Tests;

/// <summary>One short article per quote rule.</summary>
public class QuoteRuleTests
{
    private const string Intro = "Prime Minister Kaja Kallas and Foreign Minister Margus Tsahkna spoke in Tallinn.";

    private static Article Read(params string[] paragraphs) =>
        ArticleExtractor.Extract("q.txt", "Estonia weighs new defence budget\n\n" + Intro + "\n\n" + string.Join("\n\n", paragraphs) + "\n").Article!;

    private static Quote QuoteOf(Article article, string text) => Assert.Single(article.Quotes, q => q.Text == text);

    [Theory]
    [InlineData("\u201CWe are ready to spend more,\u201D Kallas said.")]
    [InlineData("\"We are ready to spend more,\" Kallas said.")]
    [InlineData("\u00ABWe are ready to spend more,\u00BB Kallas said.")]
    [InlineData("\u201EWe are ready to spend more,\u201C Kallas said.")]
    [InlineData("\u201CWe are ready to spend more,\u201D said Kallas.")]
    [InlineData("Kallas said: \u201CWe are ready to spend more\u201D")]
    [InlineData("Kallas stated that \u201CWe are ready to spend more\u201D")]
    [InlineData("\u201CWe are ready to spend more,\u201D Kallas went on to add.")]
    public void Quote_marks_and_attributions_give_a_direct_quote_with_its_speaker(string paragraph)
    {
        var quote = QuoteOf(Read(paragraph), "We are ready to spend more");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Kaja Kallas", quote.Speaker?.Name);
    }

    [Fact]
    public void He_resolves_to_the_most_recent_person()
    {
        var article = Read("Tsahkna met reporters after the session.", "\u201CThe threat is real,\u201D he said.");

        Assert.Equal("Margus Tsahkna", QuoteOf(article, "The threat is real").Speaker?.Name);
    }

    [Fact]
    public void A_descriptor_learned_from_the_article_resolves_to_its_person()
    {
        var article = ArticleExtractor.Extract("d.txt",
            "Budget talks resume in Tallinn\n\nEstonian Prime Minister Kaja Kallas met ministers.\n\n\u201CWe will spend more,\u201D the Estonian prime minister said.\n").Article!;

        Assert.Equal("Kaja Kallas", QuoteOf(article, "We will spend more").Speaker?.Name);
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quote_inherits_the_previous_speaker()
    {
        var article = Read("\u201CWe are ready to spend more,\u201D Kallas said.", "\u201CAnd we will do it this year.\u201D");

        Assert.Equal("Kaja Kallas", QuoteOf(article, "And we will do it this year.").Speaker?.Name);
    }

    [Fact]
    public void First_person_pronouns_are_never_speakers()
    {
        var article = Read("\u201CThe plan is late,\u201D I said to the minister.");

        Assert.Null(QuoteOf(article, "The plan is late").Speaker);
    }

    [Fact]
    public void A_fragment_inside_reported_speech_is_partial_and_takes_the_sentence_speaker()
    {
        var quote = QuoteOf(Read("Kallas said the budget was \u201Ca necessary step\u201D for the country."), "a necessary step");

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Kaja Kallas", quote.Speaker?.Name);
    }

    [Fact]
    public void Reported_speech_without_marks_is_indirect()
    {
        var article = Read("Tsahkna said that the alliance would send more troops to the region.");

        var quote = Assert.Single(article.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("the alliance would send more troops to the region", quote.Text);
        Assert.Equal("Margus Tsahkna", quote.Speaker?.Name);
    }

    [Fact]
    public void According_to_an_organisation_is_indirect_speech_by_it()
    {
        var article = Read("Troops crossed the border on Monday, according to the Kremlin.");

        var quote = Assert.Single(article.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("Troops crossed the border on Monday", quote.Text);
        Assert.Equal("Kremlin", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Kallas addressed the parliament about the new budget on Monday.")]
    [InlineData("Kallas believes the new budget will pass this year.")]
    [InlineData("Kallas spoke with Tsahkna about the new budget on Monday.")]
    public void Verbs_that_report_nothing_said_make_no_indirect_quote(string paragraph)
    {
        Assert.DoesNotContain(Read(paragraph).Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void An_unclosed_quote_ends_with_its_paragraph_and_later_quotes_are_unaffected()
    {
        var article = Read("\u201CWe will not wait for others to act", "\u201CThe decision is ours,\u201D Kallas said.");

        Assert.Contains(article.Quotes, q => q.Text == "We will not wait for others to act");
        Assert.Equal("Kaja Kallas", QuoteOf(article, "The decision is ours").Speaker?.Name);
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks_but_headline_single_quotes_are()
    {
        var article = ArticleExtractor.Extract("s.txt", "Kallas calls budget \u2018a necessity\u2019\n\nEstonia\u2019s Prime Minister Kaja Kallas defended the plan.\n").Article!;

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("a necessity", quote.Text);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
    }

    [Theory]
    [InlineData("Kallas said in an interview with the broadcaster ERR on Monday.")]
    [InlineData("Kallas told lawmakers, as opposition deputies shouted from the benches.")]
    [InlineData("Kallas accused the government of running out of ideas.")]
    public void An_object_or_adjunct_after_the_verb_is_not_reported_speech(string paragraph)
    {
        Assert.DoesNotContain(Read(paragraph).Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void Reported_speech_after_an_adjunct_starts_at_that()
    {
        var quote = Assert.Single(Read("Kallas said on Telegram that five people had been injured.").Quotes);

        Assert.Equal("five people had been injured", quote.Text);
        Assert.Equal("Kaja Kallas", quote.Speaker?.Name);
    }
}
