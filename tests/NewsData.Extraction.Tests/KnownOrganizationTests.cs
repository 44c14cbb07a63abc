using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Entities.Tagging;

namespace NewsData.Extraction.Tests;

/// <summary>
/// The second round of issue 20: clubs and companies from maintained lists, the tagger's document
/// history, and the tokens it now reads inside names ("al-Qaida", "S. Waugh", "van der").
/// </summary>
public class KnownOrganizationTests
{
    private static Article Read(string body) =>
        ArticleExtractor.Extract("names.txt", "Officials meet as talks continue\n\n" + body + "\n").Article!;

    private static Entity? Named(Article article, string name) =>
        article.Entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));

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
