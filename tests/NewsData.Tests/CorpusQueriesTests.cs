using System;
using System.Linq;

namespace NewsData.Tests;

/// <summary>The extension queries over hand-built articles (the generated corpus uses its own index).</summary>
public class CorpusQueriesTests
{
    private static readonly Entity Berg = new("Anna Berg", EntityKind.Person);
    private static readonly Entity Vienna = new("Vienna", EntityKind.Location);

    private static readonly Article[] Articles =
    {
        new("a", "Talks in Vienna")
        {
            Entities = new[] { Berg, Vienna },
            Quotes = new[] { new Quote("We are close", QuoteKind.Direct, Berg, new TextSpan(10, 12)), new Quote("talks went on", QuoteKind.Indirect, null, new TextSpan(30, 13)) },
        },
        new("b", "Markets calm") { Entities = new[] { Vienna } },
    };

    [Fact]
    public void AllQuotes_lists_every_quote_article_by_article()
    {
        Assert.Equal(new[] { "We are close", "talks went on" }, Articles.AllQuotes().Select(q => q.Text));
    }

    [Fact]
    public void QuotesBy_matches_the_speaker_by_value_and_skips_unattributed_quotes()
    {
        Assert.Equal("We are close", Assert.Single(Articles.QuotesBy(new Entity("Anna Berg", EntityKind.Person))).Text);
    }

    [Fact]
    public void Mentioning_returns_the_articles_that_name_the_entity()
    {
        Assert.Equal(new[] { "a", "b" }, Articles.Mentioning(Vienna).Select(a => a.Id));
        Assert.Equal(new[] { "a" }, Articles.Mentioning(Berg).Select(a => a.Id));
    }

    [Fact]
    public void A_null_collection_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CorpusQueries.AllQuotes(null!));
    }
}
