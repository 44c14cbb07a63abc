using System.Linq;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Entities.Tagging;

namespace NewsData.Extraction.Tests;

/// <summary>
/// Names no title, cue word or curated list vouches for (issue 20): the statistical tagger (its
/// document history and the tokens it reads inside names), the GeoNames places, the clubs and
/// companies lists, the country table's demonyms and name chains within an article.
/// </summary>
public class NameRecognitionTests
{
    private static Article Read(string body) =>
        ArticleExtractor.Extract("names.txt", "Officials meet as talks continue\n\n" + body + "\n").Article!;

    private static Entity? Named(Article article, string name) =>
        article.Entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));

    [Fact]
    public void People_named_without_a_title_or_cue_word_are_found()
    {
        var article = Read("The plan drew criticism from Jeremy Corbyn and from Janet Yellen, who met bankers in Frankfurt on Monday.");

        Assert.Equal(EntityKind.Person, Named(article, "Jeremy Corbyn")?.Kind);
        Assert.Equal(EntityKind.Person, Named(article, "Janet Yellen")?.Kind);
    }

    [Fact]
    public void Cities_and_regions_come_from_geonames()
    {
        var article = Read("Flooding hit Mumbai and parts of West Bengal, while Sydney and Johannesburg braced for storms.");

        Assert.Equal(EntityKind.Location, Named(article, "Mumbai")?.Kind);
        Assert.Equal(EntityKind.Location, Named(article, "West Bengal")?.Kind);
        Assert.Equal(EntityKind.Location, Named(article, "Sydney")?.Kind);
        Assert.Equal(EntityKind.Location, Named(article, "Johannesburg")?.Kind);
    }

    [Fact]
    public void A_demonym_names_the_sovereign_country_never_a_territory()
    {
        var article = Read("Indian officials and Dutch diplomats met American negotiators on Tuesday.");

        Assert.Contains("Indian", Named(article, "India")!.Aliases);
        Assert.Contains("Dutch", Named(article, "Netherlands")!.Aliases);
        Assert.Contains("American", Named(article, "United States")!.Aliases);
        Assert.DoesNotContain(article.Entities, e => e.Name is "British Indian Ocean Territory" or "Caribbean Netherlands" or "Northern Mariana Islands");
    }

    [Fact]
    public void A_demonym_after_a_compass_word_is_no_country()
    {
        var article = Read("South American leaders gathered for the summit.");

        Assert.DoesNotContain(article.Entities, e => e.Name is "United States" or "Northern Mariana Islands");
    }

    [Fact]
    public void Turkey_and_Turkiye_are_one_country()
    {
        var article = Read("Turkey hosted the talks. Türkiye has long sought the role.");

        var country = Assert.Single(article.Entities, e => e.Kind == EntityKind.Location);
        Assert.Equal(2, country.Mentions.Count);
    }

    [Fact]
    public void A_later_surname_or_title_and_surname_is_the_person_named_in_full()
    {
        var article = Read("Omar Haddad, a trader, lost his stall in the fire. Mr. Haddad said the market had been neglected. Haddad plans to rebuild.");

        var haddad = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Omar Haddad", haddad.Name);
        Assert.Equal(3, haddad.Mentions.Count);
    }

    [Fact]
    public void A_dateline_in_capitals_names_its_place()
    {
        var result = ArticleExtractor.Extract("d.txt", "Port workers strike over pay\n\nMUMBAI — Dock workers walked out on Monday over pay.\n").Article!;

        Assert.Equal(EntityKind.Location, Named(result, "Mumbai")?.Kind);
    }

    [Fact]
    public void A_title_alone_is_never_a_name()
    {
        var article = Read("French Prime Minister Elisabeth Borne defended the reform on Monday.");

        Assert.Equal(EntityKind.Person, Named(article, "Elisabeth Borne")?.Kind);
        Assert.DoesNotContain(article.Entities, e => e.Name is "Prime" or "Prime Minister" or "French Prime");
    }

    [Fact]
    public void Given_names_carry_the_share_of_girls_among_their_births()
    {
        Assert.True(NameLists.Default.FemaleShare("Mary") > 0.95f);
        Assert.True(NameLists.Default.FemaleShare("John") < 0.05f);
        Assert.Null(NameLists.Default.FemaleShare("Xqzzy"));
    }

    [Fact]
    public void The_tagger_model_ships_in_the_assembly_and_tags_the_same_way_twice()
    {
        var model = TaggerModel.Default;
        Assert.NotNull(model);
        Assert.True(model!.FeatureCount > 10_000);

        const string text = "Talks between Allard Castelein and the port of Rotterdam stalled, Niek Stam of the union said.";
        var first = new NameTag[64];
        var second = new NameTag[64];
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        NameTagger.Tag(model, tokens, first, new NameHistory());
        NameTagger.Tag(model, Tokenizer.Tokenize(text, 0, text.Length), second, new NameHistory());

        Assert.Equal(first, second);
        Assert.Contains(NameTagger.Spans(first, tokens.Count), s => s.Kind == 1);
    }

    [Fact]
    public void A_publishers_name_at_the_start_of_a_longer_name_is_not_cut_out()
    {
        var article = Read("The National Disaster Management Authority (NDMA) moved families to shelters. The NDMA said more rain was due.");

        var authority = Assert.Single(article.Entities, e => e.Kind == EntityKind.Organization);
        Assert.Equal("National Disaster Management Authority", authority.Name);
        Assert.Contains("NDMA", authority.Aliases);
        Assert.Equal(2, authority.Mentions.Count(m => m.Span.Length == 4));
        Assert.DoesNotContain(article.Entities, e => e.Name == "The National");
    }

    [Fact]
    public void A_body_of_a_place_and_a_channel_are_organisations()
    {
        var article = Read("The decision by the Reserve Bank of Australia was first reported by Foro TV on Tuesday.");

        Assert.Equal(EntityKind.Organization, Named(article, "Reserve Bank of Australia")?.Kind);
        Assert.Equal(EntityKind.Organization, Named(article, "Foro TV")?.Kind);
    }

    [Fact]
    public void One_capitalised_word_at_a_sentence_start_is_not_a_name_by_that_alone()
    {
        var article = Read("Dock workers walked out on Monday. Pickets gathered at the gates before dawn.");

        Assert.Empty(article.Entities);
    }

    [Fact]
    public void The_head_of_an_organisations_name_alone_is_that_organisation()
    {
        var article = Read("The Federal Aviation Authority grounded the jets on Friday. The Authority said checks would take a week.");

        var authority = Assert.Single(article.Entities, e => e.Kind == EntityKind.Organization);
        Assert.Equal("Federal Aviation Authority", authority.Name);
        Assert.Equal(2, authority.Mentions.Count);
    }

    [Fact]
    public void Clubs_and_companies_from_the_lists_are_organisations_without_a_cue()
    {
        var article = Read("Bayern Munich drew with Borussia Dortmund on Saturday, while Abbott Laboratories reported higher sales.");

        Assert.Equal(EntityKind.Organization, Named(article, "Bayern Munich")?.Kind);
        Assert.Equal(EntityKind.Organization, Named(article, "Borussia Dortmund")?.Kind);
        Assert.Equal(EntityKind.Organization, Named(article, "Abbott Laboratories")?.Kind);
        Assert.Null(Named(article, "Munich"));
    }

    [Fact]
    public void An_ambiguous_name_in_the_lists_is_a_tagger_feature_only()
    {
        var lists = NameLists.Default;

        // One word, a place, or a given name and surname: context decides.
        Assert.DoesNotContain("Arsenal", lists.CertainOrganizations);
        Assert.DoesNotContain("Charles Schwab", lists.CertainOrganizations);
        Assert.Contains("Real Madrid", lists.CertainOrganizations);
        Assert.Equal(NameLists.WordInName.Whole, lists.OrganizationWordOf("Arsenal") & NameLists.WordInName.Whole);
        Assert.NotEqual(NameLists.WordInName.None, lists.OrganizationWordOf("Dortmund") & NameLists.WordInName.Inner);
    }

    [Fact]
    public void The_history_answers_what_a_spelling_was_tagged_most_often()
    {
        var history = new NameHistory();
        var corbyn = new Lexeme("Corbyn");

        Assert.Equal(NameHistory.None, history.MostFrequent(corbyn));

        history.Record(corbyn, NameTag.BeginPerson);
        history.Record(corbyn, NameTag.BeginOrganization);
        Assert.Equal(1, history.MostFrequent(corbyn)); // a tie goes to the lower answer

        history.Record(new Lexeme("Corbyn"), NameTag.InsideOrganization); // the same spelling, another lexeme
        Assert.Equal(2, history.MostFrequent(corbyn));

        for (var i = 0; i < 100; i++)
        {
            history.Record(corbyn, NameTag.O); // saturates without spilling into the next count
        }

        Assert.Equal(0, history.MostFrequent(corbyn));
        history.Clear();
        Assert.Equal(NameHistory.None, history.MostFrequent(corbyn));
    }

    [Theory]
    [InlineData("Fighters of al-Qaida attacked the base.", "al-Qaida", (int)NameTag.O, true)]
    [InlineData("Captain S. Waugh declared.", ".", (int)NameTag.BeginPerson, true)]
    [InlineData("Captain S. Waugh declared.", ".", (int)NameTag.O, false)]
    [InlineData("Joost van der Westhuizen scored.", "van", (int)NameTag.BeginPerson, true)]
    [InlineData("Joost van der Westhuizen scored.", "der", (int)NameTag.InsidePerson, true)]
    [InlineData("Markets rose and fell.", "and", (int)NameTag.BeginOrganization, false)]
    public void The_tagger_scores_capitals_and_the_joiners_inside_a_name(string text, string word, int previous, bool expected)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var at = tokens.FindIndex(t => t.Text == word);

        Assert.Equal(expected, NameTagger.IsCandidate(tokens, at, (NameTag)previous));
    }
}
