using System.Linq;

namespace NewsData.Extraction.Tests;

/// <summary>The entities and quotes the quotes-and-entities issue lists for the seed corpus.</summary>
public class SeedEntityAndQuoteTests
{
    private const string CradlePath = "Seeds/000_eb75a7b507fbf6e2.txt";
    private const string JPostPath = "Seeds/004_c1c32415a31d80a4.txt";

    private static readonly Article Cradle = TestFiles.ExtractArticle(CradlePath);
    private static readonly Article JPost = TestFiles.ExtractArticle(JPostPath);

    private static Entity Named(Article article, string name, EntityKind kind) =>
        Assert.Single(article.Entities, e => e.Kind == kind && (e.Name == name || e.Aliases.Contains(name)));

    [Theory]
    [InlineData("Ebrahim Raisi", EntityKind.Person)]
    [InlineData("Vladimir Putin", EntityKind.Person)]
    [InlineData("Donald Trump", EntityKind.Person)]
    [InlineData("NATO", EntityKind.Organization)]
    [InlineData("Xinhua News", EntityKind.Organization)]
    [InlineData("Iran", EntityKind.Location)]
    [InlineData("Russia", EntityKind.Location)]
    [InlineData("Ukraine", EntityKind.Location)]
    [InlineData("Donbass", EntityKind.Location)]
    [InlineData("Donetsk", EntityKind.Location)]
    [InlineData("Lugansk", EntityKind.Location)]
    [InlineData("Vienna", EntityKind.Location)]
    [InlineData("Tehran", EntityKind.Location)]
    [InlineData("Moscow", EntityKind.Location)]
    [InlineData("China", EntityKind.Location)]
    [InlineData("France", EntityKind.Location)]
    [InlineData("UK", EntityKind.Location)]
    [InlineData("Germany", EntityKind.Location)]
    public void Cradle_names_the_expected_entities(string name, EntityKind kind) => Named(Cradle, name, kind);

    [Theory]
    [InlineData("Ebrahim Raisi", EntityKind.Person)]
    [InlineData("Vladimir Putin", EntityKind.Person)]
    [InlineData("Naftali Bennett", EntityKind.Person)]
    [InlineData("Lahav Harkov", EntityKind.Person)]
    [InlineData("NATO", EntityKind.Organization)]
    [InlineData("Iranian Students' News Agency", EntityKind.Organization)]
    [InlineData("International Atomic Energy Agency", EntityKind.Organization)]
    [InlineData("Reuters", EntityKind.Organization)]
    [InlineData("The Jerusalem Post", EntityKind.Organization)]
    [InlineData("Iran", EntityKind.Location)]
    [InlineData("Russia", EntityKind.Location)]
    [InlineData("Ukraine", EntityKind.Location)]
    [InlineData("Moscow", EntityKind.Location)]
    [InlineData("Tehran", EntityKind.Location)]
    [InlineData("Middle East", EntityKind.Location)]
    public void JPost_names_the_expected_entities(string name, EntityKind kind) => Named(JPost, name, kind);

    [Theory]
    [InlineData("Loading")]
    [InlineData("Most Popular")]
    [InlineData("Late")]
    [InlineData("Published")]
    [InlineData("For")]
    [InlineData("In")]
    [InlineData("Last")]
    [InlineData("West")]
    [InlineData("News Desk")]
    [InlineData("Jerusalem Post Staff")]
    [InlineData("Iranian")]
    public void Furniture_sentence_starts_and_house_bylines_are_never_entities(string name)
    {
        Assert.DoesNotContain(Cradle.Entities.Concat(JPost.Entities), e => e.Name == name);
    }

    [Fact]
    public void Demonyms_link_to_their_country_and_never_make_a_person()
    {
        var iran = Named(Cradle, "Iran", EntityKind.Location);

        Assert.Contains("Iranian", iran.Aliases);
        Assert.DoesNotContain(Cradle.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains("Iranian"));
    }

    [Fact]
    public void Surnames_are_the_same_person_everywhere_in_the_article()
    {
        var raisi = Named(Cradle, "Ebrahim Raisi", EntityKind.Person);

        Assert.Equal("Ebrahim Raisi", raisi.Name);
        Assert.Contains("Raisi", raisi.Aliases);
        Assert.True(raisi.Mentions.Count >= 3);
    }

    [Fact]
    public void Every_mention_and_quote_span_points_exactly_at_its_text()
    {
        foreach (var (path, article) in new[] { (CradlePath, Cradle), (JPostPath, JPost) })
        {
            var text = TestFiles.Read(path);
            foreach (var entity in article.Entities)
            {
                Assert.All(entity.Mentions, m =>
                {
                    Assert.Equal(article.Id, m.ArticleId);
                    var surface = m.Span.Slice(text);
                    Assert.True(surface == entity.Name || entity.Aliases.Contains(surface), $"{surface} is not a form of {entity.Name}");
                });
            }

            Assert.All(article.Quotes, q => Assert.Equal(q.Text, q.Span.Slice(text)));
        }
    }

    [Fact]
    public void Cradle_direct_quotes_are_Raisis()
    {
        var direct = Cradle.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();

        Assert.Contains(direct, q => q.Text.StartsWith("The continued expansion of NATO is a serious threat") && q.Speaker?.Name == "Ebrahim Raisi");
        Assert.Contains(direct, q => q.Text == "I hope what is happening will benefit peoples and the entire region" && q.Speaker?.Name == "Ebrahim Raisi");
    }

    [Fact]
    public void Cradle_partial_quotes_have_their_speakers()
    {
        Assert.Contains(Cradle.Quotes, q => q.Kind == QuoteKind.Partial && q.Text == "serious threat" && q.Speaker?.Name == "Ebrahim Raisi");
        Assert.Contains(Cradle.Quotes, q => q.Kind == QuoteKind.Partial && q.Text == "a legitimate response" && q.Speaker?.Name == "Vladimir Putin");
    }

    [Fact]
    public void Cradle_has_indirect_quotes_by_Raisi_and_Putin()
    {
        Assert.Contains(Cradle.Quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker?.Name == "Ebrahim Raisi" && q.Text.StartsWith("the continued expansion of the North Atlantic Treaty Organization"));
        Assert.Contains(Cradle.Quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker?.Name == "Vladimir Putin" && q.Text.StartsWith("the ongoing military operation in Ukraine"));
    }

    [Fact]
    public void JPost_quotes_have_their_speakers()
    {
        Assert.Contains(JPost.Quotes, q => q.Kind == QuoteKind.Direct && q.Text == "I hope what is happening is for the benefit of the nations in the region" && q.Speaker?.Name == "Ebrahim Raisi");
        Assert.Contains(JPost.Quotes, q => q.Text == "NATO expansion to the east is tense" && q.Speaker?.Name == "Ebrahim Raisi");
        Assert.Contains(JPost.Quotes, q => q.Text.StartsWith("stressing the importance of a strong and determined stance") && q.Speaker?.Name == "Naftali Bennett");
        Assert.Contains(JPost.Quotes, q => q.Text == "difficulties in reaching a settlement in the Middle East." && q.Speaker?.Name == "Vladimir Putin");
        Assert.Contains(JPost.Quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker?.Name == "Vladimir Putin"
            && q.Text == "the importance of continuing consultations between the two sides on nuclear talks");
    }

    [Fact]
    public void Quote_speakers_are_the_articles_own_entity_instances()
    {
        Assert.All(Cradle.Quotes.Concat(JPost.Quotes).Where(q => q.Speaker is not null), q =>
            Assert.Contains(Cradle.Entities.Concat(JPost.Entities), e => ReferenceEquals(e, q.Speaker)));
    }
}
