using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction;
using NewsData.Extraction.Corpus;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>
/// With the package's targets, article files are embedded as manifest resources: the generated code
/// holds spans of their text, and reads the text at run time instead of repeating it as literals.
/// </summary>
public class EmbeddedTextTests
{
    [Fact]
    public void Embedded_articles_load_exactly_what_extraction_produced()
    {
        var harness = new GeneratorHarness().AddEmbeddedSeeds();
        var run = harness.Run();

        Assert.Empty(run.CompilationProblems());
        var (expected, _, _) = CorpusBuilder.Build(harness.Texts.Select(t => ArticleExtractor.Extract(t.Path, t.GetText()!.ToString()).Article!));
        var articles = (IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(expected, articles);
    }

    [Fact]
    public void Long_values_are_spans_of_the_resource_not_literals()
    {
        var run = new GeneratorHarness().AddEmbeddedSeeds().Run();
        var source = run.Source("NewsCorpus.Articles000.g.cs");

        // Each packed article names its resource by what differs from the convention: the item's folder.
        Assert.Equal(2, source.Split("/corpus/").Length - 1);
        Assert.DoesNotContain("Late on 24 February", source);
        Assert.DoesNotContain("Iranian president calls NATO expansion", source.Split('\n').Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_value_that_is_not_verbatim_stays_a_literal()
    {
        const string text = "Library extends opening hours for exam season\n\nThe central library will stay open until midnight during the exam\nseason, the university announced on Tuesday.\n";
        var run = new GeneratorHarness().AddEmbeddedArticle("/corpus/wrapped.txt", text).Run();

        var source = run.Source("NewsCorpus.Articles000.g.cs");
        Assert.Contains("The central library will stay open until midnight during the exam season, the university announced on Tuesday.", source);
        var article = (Article)CompileAndRunTests.Load(run).GetField("Wrapped")!.GetValue(null)!;
        Assert.Equal("Library extends opening hours for exam season", article.Title);
    }

    [Fact]
    public void Paragraphs_are_located_where_extraction_found_them_and_joined_ones_are_not_searched_for()
    {
        // The joined paragraph is also found verbatim further on (a quoted copy): a search would have taken that.
        const string text = "Library extends opening hours for exam season\n\nThe library will stay open\nuntil midnight.\n\nStaff agreed.\n\nReaders wrote: The library will stay open until midnight.\n";
        var result = ArticleExtractor.Extract("wrapped.txt", text);

        var spans = NewsData.Generators.Parsing.TextLocator.Locate(text, result.Article!, result.ParagraphSources);

        var paragraphs = result.Article!.Paragraphs;
        Assert.Equal("The library will stay open until midnight.", paragraphs[0]);
        Assert.Equal(-1, spans[NewsData.Generators.Parsing.TextLocator.FirstParagraphIndex * 2]);
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var at = spans[(NewsData.Generators.Parsing.TextLocator.FirstParagraphIndex + i) * 2];
            Assert.Equal(result.ParagraphSources[i].Start, at);
            Assert.Equal(paragraphs[i], text.Substring(at, paragraphs[i].Length));
        }
    }

    [Fact]
    public void Embedded_output_matches_its_approved_snapshot()
    {
        var run = new GeneratorHarness().AddEmbeddedSeeds().Run();

        Snapshot.Verify(run.Source("NewsCorpus.Articles000.g.cs"), "Embedded.NewsCorpus.Articles000");
    }
}
