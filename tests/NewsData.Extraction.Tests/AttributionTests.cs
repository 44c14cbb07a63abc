using System.Linq;

namespace NewsData.Extraction.Tests;

/// <summary>
/// Who said what: the attribution frame next to a quote decides its speaker, and makes an entity of a
/// name nothing else knew. One made-up paragraph per pattern the quote-attribution issue lists.
/// </summary>
public class AttributionTests
{
    private static string Page(params string[] paragraphs) => "County board weighs flood repairs\n\n" + string.Join("\n\n", paragraphs) + "\n";

    private static Article Read(params string[] paragraphs) => ArticleExtractor.Extract("a.txt", Page(paragraphs)).Article!;

    private static Quote QuoteOf(Article article, string text) => Assert.Single(article.Quotes, q => q.Text == text);

    [Theory]
    [InlineData("\u201CWe will rebuild the bridge before winter,\u201D Okafor said.", "Okafor")]
    [InlineData("\"We will rebuild the bridge before winter,\" Lindqvist said.", "Lindqvist")]
    [InlineData("\u201CWe will rebuild the bridge before winter,\u201D Moreau adds.", "Moreau")]
    [InlineData("\u201CWe will rebuild the bridge before winter,\u201D said Dana Whitfield Carr, executive director of the county elections board.", "Dana Whitfield Carr")]
    [InlineData("\u201CWe will rebuild the bridge before winter,\u201D Nadia Ferreira, a Fresno resident, said.", "Nadia Ferreira")]
    [InlineData("\u201CWe will rebuild the bridge before winter,\u201D said Sen. Ida Brandt of the transport committee, another member of the panel.", "Ida Brandt")]
    [InlineData("\u201CWe will rebuild the bridge before winter,\u201D Senate Minority Leader Ida M. Brandt (D-Ore.) said in a statement.", "Ida M. Brandt")]
    [InlineData("\u201CWe will rebuild the bridge before winter,\u201D Bergstrom told reporters on Monday.", "Bergstrom")]
    [InlineData("Bergstrom said: \u201CWe will rebuild the bridge before winter.\u201D", "Bergstrom")]
    [InlineData("\u201CWe will rebuild the bridge before winter.\u201D \u2015 Teresa Lund", "Teresa Lund")]
    public void A_name_in_the_attribution_is_the_speaker_and_becomes_an_entity_with_its_mention(string paragraph, string speaker)
    {
        var page = Page("The board met on Tuesday to discuss the repairs.", paragraph);
        var article = ArticleExtractor.Extract("a.txt", page).Article!;

        var quote = Assert.Single(article.Quotes, q => q.Text.TrimEnd('.') == "We will rebuild the bridge before winter");
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(EntityKind.Person, quote.Speaker!.Kind);
        Assert.Same(quote.Speaker, article.Entities.Single(e => e.Name == speaker));
        Assert.Contains(quote.Speaker.Mentions, m => m.Span.Slice(page).EndsWith(speaker.Split(' ').Last(), System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_alone_takes_the_full_name_the_article_gave_before()
    {
        var article = Read("Chidi Okafor runs a farm near the river.", "\u201CThe water came up in an hour,\u201D Okafor said.");

        Assert.Equal("Chidi Okafor", QuoteOf(article, "The water came up in an hour").Speaker?.Name);
        Assert.Equal(2, article.Entities.Single(e => e.Name == "Chidi Okafor").Mentions.Count);
    }

    [Fact]
    public void The_frame_wins_over_an_earlier_speaker_and_a_nearby_organisation()
    {
        var article = Read(
            "The Disaster Management Authority issued a warning on Monday.",
            "\u201CThe levee held for now,\u201D Governor Lena Marsh said.",
            "\u201CWe have never seen the river this high,\u201D said R. Rajesh Kumar, a farmer near the levee.");

        Assert.Equal("Lena Marsh", QuoteOf(article, "The levee held for now").Speaker?.Name);
        Assert.Equal("R. Rajesh Kumar", QuoteOf(article, "We have never seen the river this high").Speaker?.Name);
    }

    [Fact]
    public void An_apposition_that_names_a_company_makes_the_speaker_an_organisation()
    {
        var article = Read("Halvorsen, the Norwegian engineering company, said it would rebuild the bridge within a year.");

        var quote = Assert.Single(article.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("it would rebuild the bridge within a year", quote.Text);
        Assert.Equal(EntityKind.Organization, quote.Speaker?.Kind);
        Assert.Equal("Halvorsen", quote.Speaker?.Name);
    }

    [Fact]
    public void A_speaker_said_to_be_it_is_an_organisation()
    {
        var article = Read("Fennick, which owns the quarry, said in a statement that it was ready to pay for the repairs.");

        Assert.Equal(EntityKind.Organization, Assert.Single(article.Quotes).Speaker?.Kind);
    }

    [Fact]
    public void She_resolves_past_a_man_to_the_woman_the_sentence_before_is_about()
    {
        var article = Read("Judge Alma Jackson questioned Mr. Stone about the contract.", "\u201CThat is not what the records show,\u201D she said.");

        Assert.Equal("Alma Jackson", QuoteOf(article, "That is not what the records show").Speaker?.Name);
    }

    [Fact]
    public void He_resolves_to_the_subject_of_the_sentence_before()
    {
        var article = Read("Mayor Tomas Verhoeven attacked Councillor Rosa Lind over the budget.", "\u201CThe money is already spent,\u201D he said.");

        Assert.Equal("Tomas Verhoeven", QuoteOf(article, "The money is already spent").Speaker?.Name);
    }

    [Fact]
    public void He_never_resolves_to_an_organisation()
    {
        var article = Read("The Icelandic Weather Agency issued a warning for the coast.", "\u201CThe wind will reach the harbour by noon,\u201D he said.");

        Assert.Null(QuoteOf(article, "The wind will reach the harbour by noon").Speaker);
    }

    [Fact]
    public void An_interrupted_quote_is_one_statement_by_one_speaker()
    {
        var article = Read("Mayor Tomas Verhoeven toured the levee.", "\u201CThe water came fast,\u201D Verhoeven said, \u201Cbut the levee held.\u201D");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The water came fast,\u201D Verhoeven said, \u201Cbut the levee held.", quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Tomas Verhoeven", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quote_left_open_takes_the_speaker_the_next_paragraph_gives_it()
    {
        var article = Read("Mayor Tomas Verhoeven toured the levee.", "\u201CWe lost three roads in one night.", "\u201CWe will rebuild all of them,\u201D Verhoeven said.");

        Assert.Equal("Tomas Verhoeven", QuoteOf(article, "We lost three roads in one night.").Speaker?.Name);
        Assert.Equal("Tomas Verhoeven", QuoteOf(article, "We will rebuild all of them").Speaker?.Name);
    }

    [Fact]
    public void A_statement_without_an_attribution_continues_the_speaker_before_it()
    {
        var article = Read(
            "Mayor Tomas Verhoeven toured the levee.",
            "\u201CThe water came fast,\u201D Verhoeven said on Tuesday. The levee held. \u201CNobody expected it.\u201D",
            "\u201CWe will rebuild before winter.\u201D");

        Assert.Equal("Tomas Verhoeven", QuoteOf(article, "Nobody expected it.").Speaker?.Name);
        Assert.Equal("Tomas Verhoeven", QuoteOf(article, "We will rebuild before winter.").Speaker?.Name);
    }

    [Fact]
    public void Reported_speech_before_its_attribution_is_indirect()
    {
        var article = Read("Farmers along the river lost most of their crops, said Kalyan Mitra, a district official.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Farmers along the river lost most of their crops", quote.Text);
        Assert.Equal("Kalyan Mitra", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Mayor Tomas Verhoeven told reporters that the levee would be raised by a metre.")]
    [InlineData("Mayor Tomas Verhoeven told the Gazette the levee would be raised by a metre.")]
    [InlineData("Mayor Tomas Verhoeven warned that the levee would be raised by a metre.")]
    [InlineData("Mayor Tomas Verhoeven confirmed on Tuesday that the levee would be raised by a metre.")]
    [InlineData("According to Mayor Tomas Verhoeven, the levee would be raised by a metre.")]
    [InlineData("The levee would be raised by a metre, according to Mayor Tomas Verhoeven.")]
    [InlineData("The levee would be raised by a metre, Mayor Tomas Verhoeven said in a statement.")]
    [InlineData("The levee, Mayor Tomas Verhoeven said, would be raised by a metre.")]
    public void Reported_speech_is_indirect_with_the_reported_clause_as_text(string paragraph)
    {
        var quote = Assert.Single(Read(paragraph).Quotes);

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Contains("would be raised by a metre", quote.Text);
        Assert.DoesNotContain("Verhoeven", quote.Text.Replace("Mayor Tomas Verhoeven said", string.Empty));
        Assert.Equal("Tomas Verhoeven", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Mayor Tomas Verhoeven confirmed the closure of the bridge on Tuesday.")]
    [InlineData("Mayor Tomas Verhoeven thinks the levee will hold through the winter.")]
    [InlineData("Mayor Tomas Verhoeven wants the levee to be raised by a metre.")]
    public void Objects_beliefs_and_intentions_are_not_reported_speech(string paragraph)
    {
        Assert.DoesNotContain(Read(paragraph).Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void Reported_questions_and_requests_are_indirect()
    {
        var article = Read("Mayor Tomas Verhoeven asked whether the state would pay for the repairs.", "Mayor Tomas Verhoeven urged residents to stay away from the river.");

        Assert.Contains(article.Quotes, q => q.Kind == QuoteKind.Indirect && q.Text == "whether the state would pay for the repairs");
        Assert.Contains(article.Quotes, q => q.Kind == QuoteKind.Indirect && q.Text == "residents to stay away from the river");
    }

    [Theory]
    [InlineData("Mayor Tomas Verhoeven blamed \u2018a recent run of poor decisions.\u2019", "a recent run of poor decisions.")]
    [InlineData("Mayor Tomas Verhoeven blamed 'a recent run of poor decisions' by the board.", "a recent run of poor decisions")]
    [InlineData("Mayor Tomas Verhoeven blamed ''a recent run of poor decisions'' by the board.", "a recent run of poor decisions")]
    [InlineData("Mayor Tomas Verhoeven blamed \u201Ea recent run of poor decisions\u201C by the board.", "a recent run of poor decisions")]
    public void Single_quoted_and_other_partial_quotes_in_prose_are_found(string paragraph, string text)
    {
        var quote = QuoteOf(Read(paragraph), text);

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Tomas Verhoeven", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("The board's members' votes were counted, and the chair's report wasn't ready.")]
    [InlineData("The 'rock 'n' roll' night was cancelled, the organisers' statement said.")]
    public void Apostrophes_are_not_quotes(string paragraph)
    {
        Assert.DoesNotContain(Read(paragraph).Quotes, q => q.Kind != QuoteKind.Indirect && q.Text.Length > 2 && q.Text.Contains(' ') && !q.Text.Contains("rock"));
    }

    [Fact]
    public void A_transcript_label_inside_a_quotation_names_its_speaker()
    {
        var article = Read("\"VERHOEVEN: The levee held, and we will raise it by a metre before winter.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The levee held, and we will raise it by a metre before winter.", quote.Text);
        Assert.Equal("VERHOEVEN", quote.Speaker?.Name);
    }

    [Fact]
    public void A_plural_noun_opening_a_sentence_is_no_speaker()
    {
        var article = Read("Engineers said the levee would hold through the winter.");

        var quote = Assert.Single(article.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Empty(article.Entities);
    }

    [Theory]
    [InlineData("Chidi Okafor bristled at the question about the budget, saying, \u201CWe will rebuild the bridge before winter.\u201D")]
    [InlineData("On Tuesday, Chidi Okafor deflected questions about the budget before saying, \u201CWe will rebuild the bridge before winter.\u201D")]
    [InlineData("Lena Marsh and the mayor will meet next week, Okafor said, adding, \u201CWe will rebuild the bridge before winter.\u201D")]
    [InlineData("According to Chidi Okafor, \u201CWe will rebuild the bridge before winter.\u201D")]
    [InlineData("As Okafor puts it, \u201CWe will rebuild the bridge before winter.\u201D")]
    public void A_participle_or_a_leading_source_attributes_the_quote_to_its_clause_subject(string paragraph)
    {
        var article = Read("Chidi Okafor, the county engineer, met the board on Tuesday to discuss the repairs.", paragraph);

        Assert.Equal("Chidi Okafor", QuoteOf(article, "We will rebuild the bridge before winter.").Speaker?.Name);
    }

    [Fact]
    public void A_paragraph_ending_with_a_colon_names_the_speaker_of_the_quotation_that_follows_it()
    {
        var article = Read(
            "\u201CThe water came up in an hour,\u201D said Lena Marsh, a farmer near the levee.",
            "County engineer Chidi Okafor issued the following statement:",
            "\u201CWe will rebuild the bridge before winter.\u201D");

        Assert.Equal("Chidi Okafor", QuoteOf(article, "We will rebuild the bridge before winter.").Speaker?.Name);
    }

    [Fact]
    public void A_statement_after_an_attributed_quotation_keeps_its_speaker_whoever_else_the_attribution_names()
    {
        var article = Read(
            "\u201CThe water came up in an hour,\u201D said Lena Marsh, 34, a volunteer for the Okafor campaign in Riverton who said she planned to protest. \u201CWe lost the whole harvest.\u201D");

        Assert.Equal("Lena Marsh", QuoteOf(article, "We lost the whole harvest.").Speaker?.Name);
    }
}
