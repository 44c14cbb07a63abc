using System.Linq;
using NewsData.Sample.Analysis;

namespace NewsData.Sample.Tests;

public class QuoteCounterTests
{
    [Theory]
    [MemberData(nameof(NewsCorpus.TheoryData.People), MemberType = typeof(NewsCorpus.TheoryData))]
    public void Each_person_count_matches_the_corpus_index(Entity person)
    {
        var counts = QuoteCounter.BySpeaker(NewsCorpus.Articles);

        var expected = NewsCorpus.QuotesBy(person).Count();
        Assert.Equal(expected, counts.TryGetValue(person.Name, out var count) ? count : 0);
    }

    [Fact]
    public void Putin_is_quoted_in_the_seed_corpus()
    {
        // A compile-checked entity: NewsCorpus.People.VladimirPutin exists because the seed articles name him.
        var counts = QuoteCounter.BySpeaker(NewsCorpus.Articles);

        Assert.True(counts[NewsCorpus.People.VladimirPutin.Name] > 0);
    }

    [Fact]
    public void Unattributed_quotes_are_not_counted()
    {
        var counts = QuoteCounter.BySpeaker(NewsCorpus.Articles);

        Assert.Equal(NewsCorpus.Quotes.Count(q => q.Speaker is not null), counts.Values.Sum());
    }
}
