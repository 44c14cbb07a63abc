using System;
using System.Linq;
using System.Text.Json;

namespace NewsData.Cli.Tests;

/// <summary>
/// The JSON from `newsdata extract` and the C# the generator compiled into the sample (through the real
/// MSBuild pipeline: NewsArticle items, props and targets, analyzer loading) come from one extraction.
/// </summary>
public class GeneratedCodeAgreementTests
{
    [Fact]
    public void Json_and_generated_articles_agree_field_by_field()
    {
        using var json = Cli.Extract(Cli.SeedsFolder);
        var generated = NewsData.NewsCorpus.Articles;

        Assert.Equal(json.RootElement.GetArrayLength(), generated.Count);
        foreach (var article in generated)
        {
            var expected = json.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == article.Id);
            Assert.Equal(expected.GetProperty("title").GetString(), article.Title);
            Assert.Equal(expected.GetProperty("subtitle").GetString(), article.Subtitle);
            Assert.Equal(Strings(expected, "authors"), article.Authors);
            Assert.Equal(Strings(expected, "contributors"), article.Contributors);
            Assert.Equal(expected.GetProperty("publisher").GetString(), article.Publisher);
            Assert.Equal(expected.GetProperty("published").GetString(), article.Published?.ToString());
            Assert.Equal(expected.GetProperty("url").GetString(), article.Url);
            Assert.Equal(
                expected.GetProperty("images").EnumerateArray().Select(i => new ArticleImage(
                    i.GetProperty("url").GetString(), i.GetProperty("caption").GetString(), i.GetProperty("credit").GetString())),
                article.Images);
            Assert.Equal(Strings(expected, "paragraphs"), article.Paragraphs);
            Assert.Equal(expected.GetProperty("quotes").GetArrayLength(), article.Quotes.Count);
            Assert.Equal(expected.GetProperty("entities").GetArrayLength(), article.Entities.Count);
        }
    }

    [Fact]
    public void Generated_members_are_compile_checked_and_documented_by_source()
    {
        // These lines only compile because the generator emitted the members.
        Assert.Equal("000_eb75a7b507fbf6e2", NewsData.NewsCorpus.Article000Eb75a7b507fbf6e2.Id);
        Assert.Equal("004_c1c32415a31d80a4.txt", NewsData.NewsCorpus.Article004C1c32415a31d80a4.SourceFile);
    }

    private static string[] Strings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? throw new InvalidOperationException()).ToArray();
}
