using System.Linq;
using Microsoft.CodeAnalysis;
using NewsData.Extraction;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

public class InputAndOptionTests
{
    private const string Article = "Talks resume in Vienna after pause\n\nDiplomats met on Monday, officials said.\n";

    [Fact]
    public void Additional_files_not_marked_as_articles_are_ignored()
    {
        var run = new GeneratorHarness()
            .AddArticle("/corpus/talks.txt", Article)
            .AddOtherFile("/docs/notes.txt", "Unrelated notes that happen to be text\n\nThey must never become an article.")
            .Run();

        var corpus = CompileAndRunTests.Load(run);
        Assert.NotNull(corpus.GetField("Talks"));
        Assert.Null(corpus.GetField("Notes"));
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void An_empty_corpus_still_generates_an_empty_Articles()
    {
        var run = new GeneratorHarness().Run();

        Assert.Empty(run.CompilationProblems());
        var articles = (System.Collections.Generic.IReadOnlyList<NewsData.Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.Empty(articles);
    }

    [Fact]
    public void Namespace_and_class_name_come_from_MSBuild_properties()
    {
        var run = new GeneratorHarness()
            .WithProperty("NewsDataNamespace", "MyApp.Fixtures")
            .WithProperty("NewsDataClassName", "Corpus")
            .AddArticle("/corpus/talks.txt", Article)
            .Run();

        Assert.Empty(run.CompilationProblems());
        Assert.NotNull(CompileAndRunTests.Load(run, "MyApp.Fixtures.Corpus").GetField("Talks"));
        Assert.Contains(run.Sources, s => s.HintName == "Corpus.Articles000.g.cs");
    }

    [Theory]
    [InlineData("NewsDataNamespace", "My App")]
    [InlineData("NewsDataNamespace", "class")]
    [InlineData("NewsDataClassName", "1Corpus")]
    [InlineData("NewsDataClassName", "Article")]
    [InlineData("NewsDataClassName", "Storage")] // the corpus class's own members: CS0542 before
    [InlineData("NewsDataClassName", "People")]
    [InlineData("NewsDataClassName", "Articles")]
    [InlineData("NewsDataClassName", "QuotesBy")]
    [InlineData("NewsDataClassName", "TheoryData")]
    public void Invalid_settings_are_errors_and_the_defaults_are_used(string property, string value)
    {
        var run = new GeneratorHarness().WithProperty(property, value).AddArticle("/corpus/talks.txt", Article).Run();

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.InvalidSetting, error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(property, error.GetMessage());
        Assert.Contains(value, error.GetMessage());
        Assert.NotNull(CompileAndRunTests.Load(run).GetField("Talks"));
    }
}
