using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using NewsData.Extraction.Lines;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Tests;

public class TextHandlingTests
{
    [Fact]
    public void Lines_split_on_every_line_break_and_keep_exact_offsets()
    {
        const string text = "one\r\ntwo\rthree\nfour\u2028five\u0085six";
        var lines = LineSplitter.Split(text, CancellationToken.None);

        Assert.Equal(new[] { "one", "two", "three", "four", "five", "six" }, lines.Select(l => text.Substring(l.Start, l.Length)));
    }

    [Theory]
    [InlineData("", new[] { "" })]
    [InlineData("\n", new[] { "", "" })]
    [InlineData("a\r\n", new[] { "a", "" })]
    [InlineData("\r\n\r\n", new[] { "", "", "" })]
    [InlineData("a\n\r\nb\u2029", new[] { "a", "", "b", "" })]
    [InlineData("x\r", new[] { "x", "" })]
    public void Every_break_ends_a_line_and_the_text_after_the_last_one_is_a_line_too(string text, string[] expected)
    {
        var lines = LineSplitter.Split(text, CancellationToken.None);

        Assert.Equal(expected, lines.Select(l => text.Substring(l.Start, l.Length)));
        Assert.Equal(Enumerable.Range(0, expected.Length), lines.Select(l => l.Number));
    }

    [Fact]
    public void Lines_are_trimmed_of_invisible_characters_but_offsets_still_point_into_the_text()
    {
        const string text = "\u00A0 \u200BTitle here\u200E\t\n";
        var line = LineSplitter.Split(text, CancellationToken.None)[0];

        Assert.Equal("Title here", text.Substring(line.Start, line.Length));
        Assert.Equal(3, line.Start);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i' })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'h', 0, (byte)'i', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'h', 0, (byte)'i' })]
    [InlineData(new byte[] { (byte)'h', (byte)'i' })]
    public void Decoder_honours_and_removes_byte_order_marks(byte[] bytes)
    {
        Assert.Equal("hi", SourceDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData("Loading...")]
    [InlineData("Most Popular")]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Read more: Ten things to know")]
    [InlineData("We use cookies to give you the best experience")]
    [InlineData("\u00A9 2022 Example Media Ltd")]
    [InlineData("5 min read")]
    [InlineData("jane.doe@example.com")]
    [InlineData("@janedoe")]
    [InlineData("Comments (12)")]
    public void Page_furniture_is_recognised(string line)
    {
        Assert.True(Boilerplate.IsJunk(line) || Boilerplate.IsTrailerHeading(line));
    }

    [Theory]
    [InlineData("Most people read the report.")]
    [InlineData("Share prices fell sharply on Monday.")]
    [InlineData("Loading of the ships resumed at dawn.")]
    [InlineData("5 minutes later the doors opened")]
    [InlineData("Email the newsroom at tips@example.com.")]
    public void Sentences_that_start_like_furniture_are_text(string line)
    {
        Assert.False(Boilerplate.IsJunk(line));
        Assert.False(Boilerplate.IsTrailerHeading(line));
    }

    [Fact]
    public void A_caption_printed_twice_glued_is_read_once()
    {
        const string caption = "The minister speaks in Tehran, Iran, February 11, 2022. (credit: REUTERS)";
        var info = LineClassifier.Classify(caption + caption, new SourceLine(0, 0, caption.Length * 2), 5);

        Assert.True(info.WasDoubled);
        Assert.Equal(LineKind.CaptionWithCredit, info.Kind);
        Assert.Equal("The minister speaks in Tehran, Iran, February 11, 2022.", info.Caption);
    }

    [Fact]
    public void Extraction_is_the_same_under_any_culture()
    {
        var text = TestFiles.Read("Seeds/004_c1c32415a31d80a4.txt");
        var invariant = ArticleExtractor.Extract("a.txt", text).Article;
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "ar-SA", "de-DE", "th-TH" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.Equal(invariant, ArticleExtractor.Extract("a.txt", text).Article);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var text = TestFiles.Read("Seeds/000_eb75a7b507fbf6e2.txt");
        Assert.Equal(ArticleExtractor.Extract("a.txt", text).Article, ArticleExtractor.Extract("a.txt", text).Article);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var text = new StringBuilder().Insert(0, "A line of text that goes on.\n", 10_000).ToString();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<System.OperationCanceledException>(() => ArticleExtractor.Extract("a.txt", text, cancelled.Token));
    }

    [Fact]
    public void Each_paragraph_comes_with_where_it_stands_in_the_text_verbatim_or_joined_from_lines()
    {
        const string text = "Talks resume in Vienna after a pause\n\nDiplomats met on Monday, the ministry\n  said in a statement.\n\nThe vote is on Friday.\n";

        var result = ArticleExtractor.Extract("talks.txt", text);

        var paragraphs = result.Article!.Paragraphs;
        Assert.Equal(new[] { "Diplomats met on Monday, the ministry said in a statement.", "The vote is on Friday." }, paragraphs);
        Assert.Equal(paragraphs.Count, result.ParagraphSources.Count);
        Assert.Equal("Diplomats met on Monday, the ministry\n  said in a statement.", result.ParagraphSources[0].Slice(text));
        Assert.Equal(paragraphs[1], result.ParagraphSources[1].Slice(text));
    }

    [Theory]
    [InlineData("Seeds/000_eb75a7b507fbf6e2.txt")]
    [InlineData("Seeds/004_c1c32415a31d80a4.txt")]
    public void Paragraph_sources_of_the_seeds_hold_their_paragraphs_with_only_line_breaks_between_joined_lines(string seed)
    {
        var text = TestFiles.Read(seed);
        var result = TestFiles.Extract(seed);

        var paragraphs = result.Article!.Paragraphs;
        Assert.Equal(paragraphs.Count, result.ParagraphSources.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var source = result.ParagraphSources[i].Slice(text);
            Assert.Equal(paragraphs[i], string.Join(" ", source.Split('\n', '\r').Select(l => l.Trim()).Where(l => l.Length > 0)));
            Assert.True(i == 0 || result.ParagraphSources[i].Start >= result.ParagraphSources[i - 1].End);
        }
    }
}
