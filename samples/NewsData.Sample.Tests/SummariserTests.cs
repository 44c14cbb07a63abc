using System.Linq;
using NewsData.Sample.Analysis;

namespace NewsData.Sample.Tests;

public class SummariserTests
{
    // Every article of the corpus is a case: the typed fixture, no files read by the test.
    [Theory]
    [MemberData(nameof(NewsCorpus.TheoryData.Articles), MemberType = typeof(NewsCorpus.TheoryData))]
    public void A_summary_fits_and_opens_with_the_headline(Article article)
    {
        var summary = Summariser.Summarise(article, maxLength: 120);

        Assert.InRange(summary.Length, 1, 120);
        Assert.StartsWith(article.Title.Length > 119 ? article.Title.Substring(0, 40) : article.Title, summary);
    }

    [Theory]
    [MemberData(nameof(NewsCorpus.TheoryData.Articles), MemberType = typeof(NewsCorpus.TheoryData))]
    public void A_cut_summary_ends_on_a_whole_word_of_the_opening(Article article)
    {
        var full = Summariser.Summarise(article, maxLength: int.MaxValue);
        var cut = Summariser.Summarise(article, maxLength: 60);

        Assert.EndsWith("…", cut);
        var kept = cut.TrimEnd('…');
        Assert.StartsWith(kept, full);
        Assert.Contains(full[kept.Length], " ,;:");
    }

    // One article picked by its compile-checked field: renaming or removing the file breaks the build, not the test.
    public static TheoryData<Article> TheTwoSeedArticles => NewsCorpus.TheoryData.Of(NewsCorpus.Article000Eb75a7b507fbf6e2, NewsCorpus.Article004C1c32415a31d80a4);

    [Theory]
    [MemberData(nameof(TheTwoSeedArticles))]
    public void The_opening_paragraph_follows_the_headline(Article article)
    {
        var summary = Summariser.Summarise(article, maxLength: int.MaxValue);

        Assert.Equal(article.Title + ": " + article.Paragraphs.First(), summary);
    }
}
