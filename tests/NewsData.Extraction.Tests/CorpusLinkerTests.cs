using System.Linq;
using NewsData.Extraction.Corpus;

namespace NewsData.Extraction.Tests;

public class CorpusLinkerTests
{
    private static EntityRef Person(string name, params string[] aliases) => new(name, EntityKind.Person, aliases);

    private static EntityRef Place(string name) => new(name, EntityKind.Location, new string[0]);

    [Fact]
    public void The_same_name_in_two_articles_is_one_entity_folded_for_case_and_diacritics()
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Person("José Martínez") }, new QuoteRef[0]),
            new LinkInput("b", null, new[] { Person("JOSE MARTINEZ") }, new QuoteRef[0]),
        });

        var entity = Assert.Single(links.Entities);
        Assert.Equal(new[] { 0, 1 }, entity.Articles);
        Assert.Equal(links.EntityOf[0][0], links.EntityOf[1][0]);
    }

    [Theory]
    [InlineData("Tom\u200B Brown")] // zero-width space
    [InlineData("Tom Bro\u200Dwn")] // zero-width joiner
    [InlineData("Tom \u00ADBrown")] // soft hyphen
    [InlineData("\u202ETom Brown\u202C")] // bidi override and pop
    [InlineData("TOM BROWN\uFEFF")] // byte order mark as zero-width no-break space
    public void Format_characters_are_no_part_of_a_name_the_same_person_is_one_entity_named_without_them(string spelled)
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Person(spelled), Person(spelled) }, new QuoteRef[0]),
            new LinkInput("b", null, new[] { Person("Tom Brown") }, new QuoteRef[0]),
        });

        var entity = Assert.Single(links.Entities);
        Assert.Equal(new[] { 0, 1 }, entity.Articles);
        Assert.DoesNotContain(entity.Aliases.Append(entity.Name), form => form.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format));
        Assert.Equal(spelled.StartsWith("TOM", System.StringComparison.Ordinal) ? "TOM BROWN" : "Tom Brown", entity.Name);
    }

    [Fact]
    public void Canonically_equivalent_spellings_are_one_entity()
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Person("Jos\u00E9 Brown") }, new QuoteRef[0]),
            new LinkInput("b", null, new[] { Person("Jose\u0301 Brown") }, new QuoteRef[0]),
            new LinkInput("c", null, new[] { Person("\u212Bngstr\u00F6m Berg"), Person("\u00C5ngstro\u0308m Berg") }, new QuoteRef[0]),
        });

        Assert.Equal(2, links.Entities.Count);
    }

    [Fact]
    public void A_lone_surname_joins_the_only_person_with_that_surname()
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Person("Vladimir Putin", "Putin") }, new QuoteRef[0]),
            new LinkInput("b", null, new[] { Person("Putin") }, new QuoteRef[0]),
        });

        Assert.Equal("Vladimir Putin", Assert.Single(links.Entities).Name);
    }

    [Fact]
    public void A_surname_shared_by_two_people_joins_neither()
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Person("Joe Biden"), Person("Hunter Biden") }, new QuoteRef[0]),
            new LinkInput("b", null, new[] { Person("Biden") }, new QuoteRef[0]),
        });

        Assert.Equal(3, links.Entities.Count);
    }

    [Fact]
    public void Different_kinds_with_one_name_stay_apart()
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Place("Georgia") }, new QuoteRef[0]),
            new LinkInput("b", null, new[] { new EntityRef("Georgia", EntityKind.Organization, new string[0]) }, new QuoteRef[0]),
        });

        Assert.Equal(2, links.Entities.Count);
    }

    [Fact]
    public void Near_identical_words_by_the_same_speaker_in_two_articles_are_one_statement()
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Person("Ebrahim Raisi") }, new[] { new QuoteRef(0, QuoteKind.Direct, "I hope what is happening will benefit peoples and the entire region") }),
            new LinkInput("b", null, new[] { Person("Ebrahim Raisi") }, new[] { new QuoteRef(0, QuoteKind.Direct, "I hope what is happening is for the benefit of the nations in the region") }),
        });

        Assert.Equal(new[] { (0, 0), (1, 0) }, Assert.Single(links.Statements));
    }

    [Fact]
    public void The_same_words_by_different_speakers_are_not_one_statement()
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Person("Ebrahim Raisi") }, new[] { new QuoteRef(0, QuoteKind.Direct, "We want peace in the region") }),
            new LinkInput("b", null, new[] { Person("Naftali Bennett") }, new[] { new QuoteRef(0, QuoteKind.Direct, "We want peace in the region") }),
        });

        Assert.Empty(links.Statements);
    }

    [Fact]
    public void Articles_sharing_people_and_places_within_days_report_the_same_event()
    {
        var shared = new[] { Person("Ebrahim Raisi"), Person("Vladimir Putin"), Place("Iran"), Place("Russia") };
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", "2022-02-24", shared.Append(Place("China")).Append(Place("France")).ToList(), new QuoteRef[0]),
            new LinkInput("b", "2022-02-25T10:00", shared, new QuoteRef[0]),
            new LinkInput("c", "2022-06-01", shared, new QuoteRef[0]),
            new LinkInput("d", "2022-02-24", new[] { Place("Iran"), Place("Russia") }, new QuoteRef[0]),
        });

        var pair = Assert.Single(links.RelatedArticles);
        Assert.Equal((0, 1), (pair.A, pair.B));
    }

    [Fact]
    public void Quotes_are_counted_for_their_corpus_speaker()
    {
        var links = CorpusLinker.Link(new[]
        {
            new LinkInput("a", null, new[] { Person("Kaja Kallas") }, new[] { new QuoteRef(0, QuoteKind.Direct, "One"), new QuoteRef(-1, QuoteKind.Partial, "Two") }),
            new LinkInput("b", null, new[] { Place("Tallinn"), Person("Kaja Kallas") }, new[] { new QuoteRef(1, QuoteKind.Indirect, "Three words here") }),
        });

        Assert.Equal(2, links.Entities.Single(e => e.Name == "Kaja Kallas").QuoteCount);
    }

    [Fact]
    public void A_person_in_too_many_articles_is_no_evidence_of_one_event_but_a_rarer_shared_person_is()
    {
        var inputs = Enumerable.Range(0, CorpusLinker.MaxBucket + 50)
            .Select(i => new LinkInput($"a{i:D3}", "2022-02-24", new[] { Person("Vladimir Putin"), Place("Russia") }, new QuoteRef[0]))
            .ToList();
        inputs[3] = inputs[3] with { Entities = new[] { Person("Vladimir Putin"), Person("Naftali Bennett"), Place("Russia") } };
        inputs[7] = inputs[7] with { Entities = new[] { Person("Vladimir Putin"), Person("Naftali Bennett"), Place("Russia") } };

        var links = CorpusLinker.Link(inputs);

        var pair = Assert.Single(links.RelatedArticles);
        Assert.Equal((3, 7), (pair.A, pair.B));
    }

    [Fact]
    public void A_wording_repeated_by_too_many_quotes_is_skipped_but_rarer_shared_wording_still_links()
    {
        var raisi = Person("Ebrahim Raisi");
        var inputs = Enumerable.Range(0, CorpusLinker.MaxBucket + 10)
            .Select(i => new LinkInput($"q{i:D3}", null, new[] { raisi }, new[] { new QuoteRef(0, QuoteKind.Direct, $"we will deliver on promise number {i}") }))
            .ToList();
        inputs[1] = inputs[1] with { Quotes = new[] { new QuoteRef(0, QuoteKind.Direct, "I hope what is happening will benefit peoples and the entire region") } };
        inputs[2] = inputs[2] with { Quotes = new[] { new QuoteRef(0, QuoteKind.Direct, "I hope what is happening is for the benefit of the nations in the region") } };

        var links = CorpusLinker.Link(inputs);

        Assert.Equal(new[] { (1, 0), (2, 0) }, Assert.Single(links.Statements));
    }
}
