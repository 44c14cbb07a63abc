using System.Linq;

namespace NewsData.Extraction.Tests;

/// <summary>One short article per entity rule: each rule must stand on a pattern real news uses.</summary>
public class EntityRuleTests
{
    private static Article Read(string body) =>
        ArticleExtractor.Extract("rule.txt", "Officials meet as talks continue\n\n" + body + "\n").Article!;

    private static EntityKind? KindOf(Article article, string name) =>
        article.Entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name))?.Kind;

    [Fact]
    public void Countries_capitals_and_bodies_come_from_the_gazetteer()
    {
        var article = Read("Delegates from Brazil met in Nairobi with the World Health Organization on Monday.");

        Assert.Equal(EntityKind.Location, KindOf(article, "Brazil"));
        Assert.Equal(EntityKind.Location, KindOf(article, "Nairobi"));
        Assert.Equal(EntityKind.Organization, KindOf(article, "World Health Organization"));
    }

    [Fact]
    public void A_title_before_a_name_makes_a_person()
    {
        var article = Read("The plan was backed by Chancellor Olaf Scholz and Senator Maria Cantwell on Monday.");

        Assert.Equal(EntityKind.Person, KindOf(article, "Olaf Scholz"));
        Assert.Equal(EntityKind.Person, KindOf(article, "Maria Cantwell"));
    }

    [Fact]
    public void A_role_noun_before_a_name_makes_a_person()
    {
        var article = Read("Talks were held with his Turkish counterpart Mevlut Cavusoglu in the afternoon.");

        Assert.Equal(EntityKind.Person, KindOf(article, "Mevlut Cavusoglu"));
    }

    [Fact]
    public void A_reporting_verb_after_a_full_name_makes_a_person()
    {
        var article = Read("\"We will not back down,\" Yulia Svyrydenko said on Tuesday.");

        Assert.Equal(EntityKind.Person, KindOf(article, "Yulia Svyrydenko"));
    }

    [Fact]
    public void An_organisation_word_at_the_end_makes_an_organisation()
    {
        var article = Read("The statement came from the Central Election Commission and the Ukrainian Defence Ministry.");

        Assert.Equal(EntityKind.Organization, KindOf(article, "Central Election Commission"));
        Assert.Equal(EntityKind.Organization, KindOf(article, "Defence Ministry"));
    }

    [Fact]
    public void Place_words_around_names_make_places_including_lists()
    {
        var article = Read("Fighting continued in the Kharkiv region and in the cities of Izium, Balakliia and Kupiansk.");

        Assert.Equal(EntityKind.Location, KindOf(article, "Kharkiv"));
        Assert.Equal(EntityKind.Location, KindOf(article, "Izium"));
        Assert.Equal(EntityKind.Location, KindOf(article, "Balakliia"));
        Assert.Equal(EntityKind.Location, KindOf(article, "Kupiansk"));
    }

    [Fact]
    public void Acronym_definitions_name_the_long_form_and_alias_the_acronym()
    {
        var article = Read("The Organisation for the Prohibition of Chemical Weapons (OPCW) sent inspectors. The OPCW later confirmed the findings.");

        var opcw = Assert.Single(article.Entities, e => e.Aliases.Contains("OPCW"));
        Assert.Equal("Organisation for the Prohibition of Chemical Weapons", opcw.Name);
        Assert.Equal(2, opcw.Mentions.Count(m => m.Span.Length == 4));
    }

    [Fact]
    public void A_surname_is_the_person_already_named_in_the_article()
    {
        var article = Read("Prime Minister Kaja Kallas arrived in Brussels. Kallas told reporters the meeting went well.");

        var kallas = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Kaja Kallas", kallas.Name);
        Assert.Equal(2, kallas.Mentions.Count);
    }

    [Fact]
    public void Capitalised_words_without_evidence_are_not_entities()
    {
        var article = Read("Late on Monday, Analysts said the Plan would Change little. However, Markets rallied.");

        Assert.Empty(article.Entities);
    }

    [Fact]
    public void Headlines_only_mark_names_known_from_the_body()
    {
        var result = ArticleExtractor.Extract("h.txt", "Rising Prices Worry Shoppers In Madrid\n\nShoppers in Spain complained about prices, said Ana Garcia Lopez.\n").Article!;

        Assert.DoesNotContain(result.Entities, e => e.Name is "Rising Prices" or "Worry Shoppers" or "Shoppers");
        Assert.Equal(EntityKind.Location, KindOf(result, "Madrid"));
    }

    [Fact]
    public void Acronyms_in_all_caps_lines_are_not_taken_for_bodies()
    {
        var result = ArticleExtractor.Extract("c.txt", "WHO WILL PAY FOR THE NEW BRIDGE\n\nThe council met on Monday to discuss the costs.\n").Article!;

        Assert.DoesNotContain(result.Entities, e => e.Name == "World Health Organization");
    }

    [Fact]
    public void A_title_inside_a_run_still_introduces_a_person()
    {
        var article = Read("Health Minister Susan Nakhumicha and Councillor Sarah Patel met Dr. Maria Lopez on Friday.");

        Assert.Equal(EntityKind.Person, KindOf(article, "Susan Nakhumicha"));
        Assert.Equal(EntityKind.Person, KindOf(article, "Sarah Patel"));
        Assert.Equal(EntityKind.Person, KindOf(article, "Maria Lopez"));
    }

    [Fact]
    public void An_appositive_name_before_a_reporting_verb_is_a_person()
    {
        var article = Read("The head of the largest rail union, Mick Lynch, warned of more strikes.");

        Assert.Equal(EntityKind.Person, KindOf(article, "Mick Lynch"));
    }

    [Fact]
    public void An_organisation_noun_before_a_name_makes_an_organisation()
    {
        var article = Read("He spoke to the broadcaster ORF, and the local charity Pedal Forward welcomed the plan.");

        Assert.Equal(EntityKind.Organization, KindOf(article, "ORF"));
        Assert.Equal(EntityKind.Organization, KindOf(article, "Pedal Forward"));
    }

    [Fact]
    public void A_capitalised_plural_after_the_is_a_group_not_a_person()
    {
        var article = Read("The opposition Social Democrats accused the government of delay.");

        Assert.Equal(EntityKind.Organization, KindOf(article, "Social Democrats"));
    }

    [Fact]
    public void Geographic_heads_and_compass_regions_are_places()
    {
        var article = Read("The River Ouse burst its banks, and cases rose across East Africa.");

        Assert.Equal(EntityKind.Location, KindOf(article, "River Ouse"));
        Assert.Equal(EntityKind.Location, KindOf(article, "East Africa"));
    }

    [Fact]
    public void Gazetteer_names_match_without_their_diacritics()
    {
        Assert.Equal(EntityKind.Location, KindOf(Read("The leaders met in Brasilia on Friday."), "Brasília"));
    }

    [Fact]
    public void A_possessive_person_is_not_part_of_an_organisation_name()
    {
        var article = Read("Chancellor Karl Nehammer spoke on Monday. Nehammer's People's Party trails in the polls.");

        Assert.Equal(EntityKind.Organization, KindOf(article, "People's Party"));
        Assert.DoesNotContain(article.Entities, e => e.Name.StartsWith("Nehammer's", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_family_name_first_hyphenated_name_is_known_by_its_family_name()
    {
        var article = Read("Minister Shin Won-sik arrived in Tokyo. Shin said the talks were useful.");

        var shin = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(2, shin.Mentions.Count);
    }
}
