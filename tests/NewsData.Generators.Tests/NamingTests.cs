using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsData.Extraction;
using NewsData.Generators.Parsing;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

public class NamingTests
{
    private const string Article = "Talks resume in Vienna after pause\n\nDiplomats met on Monday, officials said.\n";

    [Theory]
    [InlineData("000_eb75a7b507fbf6e2", "Article000Eb75a7b507fbf6e2")]
    [InlineData("russia-ukraine-talks", "RussiaUkraineTalks")]
    [InlineData("2022-03-01", "Article2022_03_01")]
    [InlineData("2022-03-01-putin-call", "Article2022_03_01PutinCall")]
    [InlineData("class", "Class")]
    [InlineData("été à Paris", "ÉtéÀParis")]
    [InlineData("新闻", "新闻")]
    [InlineData("---", "Article")]
    [InlineData("", "Article")]
    [InlineData("a\u200Bb", "AB")]
    [InlineData("_private", "Private")]
    public void Member_names_are_readable_valid_identifiers(string id, string expected)
    {
        var name = MemberNames.FromId(id);

        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
    }

    [Fact]
    public void Files_with_the_same_id_get_suffixed_names_and_a_warning_naming_both()
    {
        var run = new GeneratorHarness()
            .AddArticle("/corpus/world/talks.txt", Article)
            .AddArticle("/corpus/europe/talks.txt", Article)
            .Run();

        Assert.Empty(run.CompilationProblems());
        var corpus = CompileAndRunTests.Load(run);
        Assert.NotNull(corpus.GetField("Talks"));
        Assert.NotNull(corpus.GetField("Talks_2"));
        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.DuplicateName, warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("/corpus/world/talks.txt", warning.GetMessage());
        Assert.Contains("/corpus/europe/talks.txt", warning.GetMessage());
        Assert.Equal("/corpus/world/talks.txt", warning.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("Articles")]
    [InlineData("NewsCorpus")]
    [InlineData("ToString")]
    [InlineData("Storage")]
    [InlineData("Index")]
    [InlineData("Join")]
    [InlineData("MentionsAt")]
    public void Names_the_corpus_class_uses_itself_are_never_given_to_articles(string id)
    {
        var run = new GeneratorHarness().AddArticle($"/corpus/{id}.txt", Article).Run();

        Assert.Empty(run.CompilationProblems());
        Assert.NotNull(CompileAndRunTests.Load(run).GetField(id + "_2"));
    }

    [Fact]
    public void Names_ignore_case_so_generated_file_names_never_collide()
    {
        var run = new GeneratorHarness()
            .AddArticle("/corpus/Talks.txt", Article)
            .AddArticle("/corpus/talks.txt", Article)
            .Run();

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(run.Sources.Count, run.Sources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count());
        Assert.Equal(1 + 1 + 4, run.Sources.Count); // the articles' file, the index, one file per entity kind
        var corpus = CompileAndRunTests.Load(run);
        Assert.NotNull(corpus.GetField("Talks"));
        Assert.NotNull(corpus.GetField("Talks_2"));
    }

    [Fact]
    public void Articles_are_ordered_by_id_whatever_the_file_order()
    {
        var run = new GeneratorHarness()
            .AddArticle("/corpus/zeta.txt", Article)
            .AddArticle("/corpus/alpha.txt", Article)
            .AddArticle("/corpus/mid.txt", Article)
            .Run();

        var articles = (System.Collections.Generic.IReadOnlyList<NewsData.Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(new[] { "alpha", "mid", "zeta" }, articles.Select(a => a.Id));
    }
}
