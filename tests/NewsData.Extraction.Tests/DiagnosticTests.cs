namespace NewsData.Extraction.Tests;

public class DiagnosticTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n\u00A0")]
    public void An_empty_file_is_an_error_and_no_article(string text)
    {
        var result = ArticleExtractor.Extract("news/empty.txt", text);

        Assert.Null(result.Article);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.EmptyFile, diagnostic.Id);
        Assert.Equal(ExtractionSeverity.Error, diagnostic.Severity);
        Assert.Contains("empty.txt", diagnostic.Message);
    }

    [Fact]
    public void A_file_of_furniture_only_has_no_title()
    {
        var result = ArticleExtractor.Extract("menu.txt", "Loading...\nhttps://example.com/a.jpg\n(Photo credit: AP)\nMost Popular\n");

        Assert.Null(result.Article);
        Assert.Equal(DiagnosticIds.NoTitle, Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_headline_without_body_is_a_warning_located_on_the_headline()
    {
        const string text = "Loading...\nPutin and Raisi discuss nuclear talks by phone\n";
        var result = ArticleExtractor.Extract("short.txt", text);

        Assert.NotNull(result.Article);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.NoBody, diagnostic.Id);
        Assert.Equal(ExtractionSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Putin and Raisi discuss nuclear talks by phone", diagnostic.Span.Slice(text));
    }

    [Fact]
    public void A_labelled_date_that_cannot_be_read_is_a_warning_on_that_line()
    {
        const string text = "Talks resume in Vienna after a long pause\nPublished: sometime last spring\n\nDiplomats returned to the table on Monday.\n";
        var result = ArticleExtractor.Extract("undated.txt", text);

        Assert.NotNull(result.Article);
        Assert.Null(result.Article!.Published);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.UnreadableDate, diagnostic.Id);
        Assert.Equal("Published: sometime last spring", diagnostic.Span.Slice(text));
        Assert.Equal(new[] { "Diplomats returned to the table on Monday." }, result.Article.Paragraphs);
    }
}
