using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsData.Extraction;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>Encodings, sizes and injection attempts: the generated program holds the text as data and nothing else.</summary>
[Collection(nameof(FaultInjectionCollection))]
public class HostileInputTests
{
    private const string Plain = "Kallas defends the budget\n\n\u201CWe are ready to spend more,\u201D Prime Minister Kaja Kallas said in Tallinn.\n\nThe vote is on Friday.\n";

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf8", Encoding.UTF8.GetBytes(Plain) },
        { "utf8-bom", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Plain)).ToArray() },
        { "utf16le-bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Plain)).ToArray() },
        { "utf16be-bom", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Plain)).ToArray() },
        { "crlf", Encoding.UTF8.GetBytes(Plain.Replace("\n", "\r\n")) },
        { "lone-cr", Encoding.UTF8.GetBytes(Plain.Replace("\n", "\r")) },
        { "mixed", Encoding.UTF8.GetBytes(Plain.Replace("\n\n", "\r\n\r")) },
        { "tabs-and-invisible", Encoding.UTF8.GetBytes(Plain.Replace("\n\n", "\n\t\u200B\n\u200E ")) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_and_line_ending_gives_the_same_article_in_the_build_and_the_cli(string name, byte[] bytes)
    {
        // The compiler decodes additional files itself; the CLI uses SourceDecoder. Both must agree.
        var compilerText = SourceText.From(new MemoryStream(bytes), encoding: null, throwIfBinaryDetected: false).ToString();
        var cliText = SourceDecoder.Decode(bytes);
        Assert.Equal(compilerText, cliText);

        var article = ArticleExtractor.Extract(name + ".txt", cliText).Article!;
        var baseline = ArticleExtractor.Extract(name + ".txt", Plain).Article!;
        Assert.Equal(baseline.Title, article.Title);
        Assert.Equal(baseline.Paragraphs, article.Paragraphs);
        Assert.Equal(baseline.Quotes.Select(q => (q.Text, q.Kind, q.Speaker?.Name)), article.Quotes.Select(q => (q.Text, q.Kind, q.Speaker?.Name)));
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, q.Span.Slice(cliText)));
        Assert.All(article.Entities.SelectMany(e => e.Mentions), m => Assert.InRange(m.Span.End, 0, cliText.Length));
    }

    [Fact]
    public void Non_latin_scripts_emoji_and_surrogate_pairs_keep_exact_spans()
    {
        const string text = "\u0417\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439 \u0432\u0438\u0441\u0442\u0443\u043F\u0438\u0432 \U0001F1FA\U0001F1E6 \u6D88\u606F headline here\n\n\U0001F600 \u201CWe will win,\u201D President Volodymyr Zelensky said in Kyiv \U0001F44D.\n";
        var article = ArticleExtractor.Extract("script.txt", text).Article!;

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We will win", quote.Span.Slice(text));
        Assert.Equal("Volodymyr Zelensky", quote.Speaker?.Name);
        Assert.All(article.Entities.SelectMany(e => e.Mentions), m => Assert.False(char.IsLowSurrogate(text[m.Span.Start])));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("\n\n\n")]
    [InlineData("\"")]
    public void Tiny_inputs_never_throw(string text)
    {
        var result = ArticleExtractor.Extract("tiny.txt", text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.ExtractionFailed);
    }

    [Fact]
    public void Huge_and_repetitive_inputs_extract_without_failing()
    {
        var longLine = "Budget talks resume in Tallinn\n\n" + string.Concat(Enumerable.Repeat("The minister said the talks were useful. ", 125_000)); // ~5 MB
        var marks = "Budget talks resume in Tallinn\n\n" + new string('\u201C', 50_000) + new string('"', 50_000);
        var capitals = "Budget talks resume in Tallinn\n\n" + string.Join(" ", Enumerable.Range(0, 50_000).Select(i => "Name" + (char)('a' + (i % 26)))) + ".";
        var captions = "Budget talks resume in Tallinn\n\n" + string.Concat(Enumerable.Repeat("Kallas in Tallinn. (Photo credit: Reuters)\n", 10_000)) + "\nThe vote is on Friday.\n";

        Assert.True(longLine.Length > 5_000_000);
        foreach (var text in new[] { longLine, marks, capitals, captions })
        {
            var result = ArticleExtractor.Extract("huge.txt", text);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.ExtractionFailed);
            Assert.NotNull(result.Article);
        }

        Assert.Single(ArticleExtractor.Extract("captions.txt", captions).Article!.Images);
    }

    private static readonly string[] Payloads =
    {
        "\"", "\"\"\"", "\\", "{", "}", "*/", "//", "#error injected", "#line 1 \"evil.cs\"", "\\u0000", "\u2028", "</summary>", "<!--",
        "\"); System.Environment.Exit(1); (\"", "*/ public static int Injected = 1; /*", "\n#error", "{0}", "@class",
    };

    [Fact]
    public void An_adversarial_corpus_compiles_keeps_its_text_and_declares_nothing_it_asked_for()
    {
        var harness = new GeneratorHarness();
        var expectedTitles = new Dictionary<string, string>();
        var ids = new[] { "class", "1st-report", "My Article!", "Articles", "NewsCorpus", "\u00E9t\u00E9", "___", "public static void Main" };
        for (var i = 0; i < ids.Length; i++)
        {
            var payload = string.Join(" ", Payloads.Skip(i * 2).Take(4)).Replace("\n", " ").Replace("\u2028", " "); // line breaks end a headline, for the compiler too
            var title = $"Minister {payload} resigns over budget row";
            var body = $"The minister said {string.Join(" ", Payloads)} before leaving.";
            harness.AddArticle($"/corpus/{ids[i]}.txt", title + "\n\n" + body.Replace("\n", " ").Replace("\u2028", " ") + "\n");
            expectedTitles[ids[i]] = title;
        }

        var run = harness.Run();
        Assert.Empty(run.CompilationProblems());

        // The only types in the program are the corpus class and its nested classes.
        var declared = run.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).Cast<INamedTypeSymbol>().ToList();
        Assert.All(declared, type => Assert.True(
            type.ToDisplayString() == "NewsData.NewsCorpus" || type.ToDisplayString().StartsWith("NewsData.NewsCorpus.", StringComparison.Ordinal),
            type.ToDisplayString()));

        // Its public members are the fixed API plus one property per article: nothing a payload asked for.
        var corpus = run.Output.GetTypeByMetadataName("NewsData.NewsCorpus")!;
        var fixedApi = new[] { "Articles", "Quotes", "QuotesBy", "ArticlesMentioning", "SameStatement", "RelatedArticles", "People", "Organizations", "Places", "Other" };
        var publicMembers = corpus.GetMembers()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: MethodKind.PropertyGet })
            .Select(m => m.Name).Distinct().ToList();
        Assert.Equal(fixedApi.Length + ids.Length, publicMembers.Count);
        Assert.DoesNotContain(publicMembers, m => m is "Injected" or "Main" or "Exit");
        Assert.All(run.Sources, s => Assert.DoesNotContain("#error", s.SourceText.ToString().Split('\n').Where(l => l.TrimStart().StartsWith("#", StringComparison.Ordinal))));

        // And the text is all there, exactly.
        var articles = (IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(expectedTitles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value), articles.Select(a => a.Title));
    }
}
