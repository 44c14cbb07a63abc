using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary><c>NewsCorpus.TheoryData</c>: emitted for projects that reference xunit, absent from the rest.</summary>
public class TheoryDataTests
{
    private const string HintName = "NewsCorpus.TheoryData.g.cs";

    [Fact]
    public void Without_xunit_no_theory_data_is_emitted_and_the_project_still_compiles()
    {
        var run = new GeneratorHarness().AddEmbeddedSeeds().Run();

        Assert.DoesNotContain(run.Sources, s => s.HintName == HintName);
        Assert.Empty(run.CompilationProblems());
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void With_xunit_the_theory_data_compiles_without_warnings(LanguageVersion version)
    {
        var run = new GeneratorHarness().AddEmbeddedSeeds().WithReferenceTo(typeof(TheoryData<>)).WithLanguageVersion(version).Run();

        Assert.Contains(run.Sources, s => s.HintName == HintName);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Theory_data_rows_are_the_corpus_own_instances()
    {
        var corpus = CompileAndRunTests.Load(new GeneratorHarness().AddEmbeddedSeeds().WithReferenceTo(typeof(TheoryData<>)).Run());
        var data = corpus.GetNestedType("TheoryData")!;
        var articles = (IReadOnlyList<Article>)corpus.GetProperty("Articles")!.GetValue(null)!;
        var quotes = (IReadOnlyList<Quote>)corpus.GetProperty("Quotes")!.GetValue(null)!;

        Assert.Equal(articles, Rows<Article>(data, "Articles"));
        Assert.Equal(quotes, Rows<Quote>(data, "Quotes"));
        Assert.All(Rows<Entity>(data, "People"), person => Assert.Equal(EntityKind.Person, person.Kind));
        Assert.Contains(Rows<Entity>(data, "People"), person => person.Name == "Vladimir Putin");
        Assert.Equal(Rows<Entity>(data, "Entities").Count, Rows<Entity>(data, "People").Count + Rows<Entity>(data, "Organizations").Count + Rows<Entity>(data, "Places").Count
            + Rows<Entity>(data, "Entities").Count(e => e.Kind == EntityKind.Other));

        // Each read is a new instance: a test that adds a row changes nobody else's data.
        Assert.NotSame(data.GetProperty("Articles")!.GetValue(null), data.GetProperty("Articles")!.GetValue(null));
    }

    [Fact]
    public void Of_selects_articles_by_their_fields()
    {
        var corpus = CompileAndRunTests.Load(new GeneratorHarness().AddEmbeddedSeeds().WithReferenceTo(typeof(TheoryData<>)).Run());
        var second = (Article)corpus.GetField("Article004C1c32415a31d80a4")!.GetValue(null)!;
        var of = corpus.GetNestedType("TheoryData")!.GetMethod("Of", new[] { typeof(Article[]) })!;

        var rows = ((IEnumerable<object?[]>)of.Invoke(null, new object[] { new[] { second } })!).ToList();

        Assert.Same(second, Assert.Single(rows).Single());
    }

    [Fact]
    public void Snapshot_of_the_theory_data_file()
    {
        var run = new GeneratorHarness().AddEmbeddedSeeds().WithReferenceTo(typeof(TheoryData<>)).Run();

        Snapshot.Verify(run.Source(HintName), "NewsCorpus.TheoryData");
    }

    [Fact]
    public void A_code_edit_re_runs_no_article_step()
    {
        var harness = new GeneratorHarness().AddEmbeddedSeeds().WithReferenceTo(typeof(TheoryData<>));
        var first = harness.Run();
        var edited = first.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", GeneratorHarness.ParseOptions));

        var second = first.Driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(second.TrackedSteps[TrackingNames.TheoryDataSupport].SelectMany(s => s.Outputs), o => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(second.TrackedSteps[TrackingNames.ArticleSpecs].SelectMany(s => s.Outputs), o => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, o.Reason));
    }

    private static List<T> Rows<T>(System.Type data, string property) =>
        ((IEnumerable)data.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .Cast<object?[]>()
            .Select(row => (T)row.Single()!)
            .ToList();
}
