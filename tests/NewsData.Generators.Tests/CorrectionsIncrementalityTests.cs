using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>What re-runs when a corrections file changes, read from the driver's step tracking.</summary>
public class CorrectionsIncrementalityTests
{
    private const string Body = "\n\nThe talks resumed on Monday in Vienna, officials said. \"We are close,\" said Anna Weber.\n";
    private const string Sidecar = "/corpus/b.corrections.json";
    private const string Project = "/project/NewsData.corrections.json";

    // Three listed articles; b has its own corrections file; the project-wide file names a body only c spells.
    private static GeneratorHarness Corpus(string sidecar = """{ "title": "Corrected title" }""", string project = """{ "entities": [ { "name": "Storm Ciara", "kind": "other" } ] }""") => new GeneratorHarness()
        .AddListedArticle("/corpus/a.txt", "Talks resume in Vienna after pause" + Body)
        .AddListedArticle("/corpus/b.txt", "Markets rally as oil prices fall" + Body)
        .AddListedArticle("/corpus/c.txt", "Storm Ciara closes schools across the region" + Body)
        .AddListedCorrections(Sidecar, sidecar, "/corpus/b.txt")
        .AddListedCorrections(Project, project, "*");

    private static GeneratorRunResult Replace(GeneratorRun first, GeneratorHarness harness, string path, string text) =>
        first.Driver.ReplaceAdditionalText(harness.Texts.Single(t => t.Path == path), new InMemoryAdditionalText(path, text))
            .RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

    [Fact]
    public void Editing_an_article_s_corrections_file_re_runs_only_that_article()
    {
        var harness = Corpus();
        var first = harness.Run();

        var second = Replace(first, harness, Sidecar, """{ "title": "Corrected again" }""");

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Outputs(second, TrackingNames.CorrectionsFiles).Where(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Outputs(second, TrackingNames.ArticleSpecs));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Outputs(second, TrackingNames.ArticleSources));
        // A title is not part of an article's key: the corpus index stays as it was.
        Assert.All(Outputs(second, TrackingNames.CorpusIndex), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"index was {reason}"));
        Assert.Contains("Corrected again", second.GeneratedSources.Single(s => s.HintName == "NewsCorpus.Articles000.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_the_project_wide_file_re_extracts_only_the_articles_whose_share_of_it_changed()
    {
        var harness = Corpus();
        var first = harness.Run();

        // "Vienna" is in every article; "Storm Ciara" only in c. Changing Storm Ciara's kind touches c alone.
        var second = Replace(first, harness, Project, """{ "entities": [ { "name": "Storm Ciara", "kind": "location" } ] }""");

        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified }, Outputs(second, TrackingNames.ProjectCorrections));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Outputs(second, TrackingNames.ArticleSpecs));
        Assert.Contains("Storm Ciara", second.GeneratedSources.Single(s => s.HintName == "NewsCorpus.Places.g.cs").SourceText.ToString());
    }

    [Fact]
    public void A_project_wide_correction_of_a_name_no_article_spells_re_extracts_nothing()
    {
        var harness = Corpus();
        var first = harness.Run();

        var second = Replace(first, harness, Project, """{ "entities": [ { "name": "Storm Ciara", "kind": "other" }, { "name": "Atlantis", "kind": "location" } ] }""");

        Assert.All(Outputs(second, TrackingNames.ArticleSpecs), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Contains(second.Diagnostics, d => d.Id == "NEWS015" && d.Location.GetLineSpan().Path == Project);
    }

    [Fact]
    public void A_server_rebuild_reads_no_unchanged_corrections_file()
    {
        // The compiler server hands a cached driver new instances of every file; the manifest's stamps stand for them.
        const string Stamp = "2026-11-23 09:00:00.1000000";
        var article = new AdditionalTextFile("/corpus/b.txt", "Markets rally as oil prices fall" + Body);
        var harness = new GeneratorHarness()
            .AddListedArticle(article, resource: "NewsData.Article:b.txt", stamp: Stamp)
            .AddListedCorrections(new AdditionalTextFile(Sidecar, """{ "title": "Corrected title" }"""), "/corpus/b.txt", Stamp)
            .AddListedCorrections(new AdditionalTextFile(Project, """{ "entities": [ { "name": "Vienna", "kind": "other" } ] }"""), "*", Stamp);
        var first = harness.Run();

        var rebuilt = harness.Texts.Select(t => (AdditionalText)new AdditionalTextFile(t.Path, t.GetText()!.ToString())).ToList();
        var second = first.Driver.ReplaceAdditionalTexts(rebuilt.Append(new InMemoryAdditionalText(harness.Manifest!.Path, harness.ManifestText)).ToImmutableArray())
            .RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        Assert.All(rebuilt, file => Assert.Equal(0, ((AdditionalTextFile)file).Reads));
        Assert.All(Outputs(second, TrackingNames.ArticleSpecs), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void A_second_run_with_the_same_corrections_reuses_every_step()
    {
        var first = Corpus().Run();

        var second = first.Driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        foreach (var name in typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!))
        {
            Assert.All(Outputs(second, name), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} output was {reason}"));
        }
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList()
            : new List<IncrementalStepRunReason>();
}
