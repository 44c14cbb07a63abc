using System;
using System.Globalization;
using System.Linq;

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

    [Fact]
    public void Page_text_quoted_in_a_message_has_its_terminal_escapes_escaped()
    {
        // An OSC sequence that retitles a terminal, and a bidi override in a headline and a date line.
        const string title = "PWNED \u001B]0;PWNED-TITLE\u0007 \u202Eflipped";
        var text = "Home | World | " + title + "\nPublished: \u001B[2J sometime \u202Elast spring\n\nDiplomats returned to the table on Monday.\n";

        var result = ArticleExtractor.Extract("hostile.txt", text);

        var messages = result.Diagnostics.Select(d => d.Message).ToList();
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.DoubtfulExtraction);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.UnreadableDate);
        Assert.All(messages, m => Assert.DoesNotContain(m, c => char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator));
        Assert.Contains(messages, m => m.Contains("PWNED \\u001B]0;PWNED-TITLE\\u0007 \\u202Eflipped", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Published: \\u001B[2J sometime \\u202Elast spring", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\there\r\n", "tab\\there\\r\\n")]
    [InlineData("emoji \U0001F600 kept", "emoji \U0001F600 kept")]
    [InlineData("del \u007F and next line \u0085", "del \\u007F and next line \\u0085")]
    public void Diagnostic_text_escapes_only_what_a_terminal_acts_on(string text, string expected) =>
        Assert.Equal(expected, DiagnosticText.Escape(text));

    [Fact]
    public void A_lone_surrogate_is_escaped() => Assert.Equal("lone \\uD83D half", DiagnosticText.Escape("lone " + (char)0xD83D + " half"));

    [Fact]
    public void An_excerpt_is_cut_to_sixty_characters_without_splitting_a_surrogate_pair()
    {
        var text = new string('a', 56) + "\U0001F600" + new string('b', 20);

        var excerpt = DiagnosticText.Excerpt(text);

        Assert.Equal(new string('a', 56) + "...", excerpt);
        Assert.Equal(new string('x', 60), DiagnosticText.Excerpt(new string('x', 60)));
    }
}
