using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>What re-runs when nothing or one article changes, read from the driver's step tracking.</summary>
public class IncrementalityTests
{
    private const string Body = "\n\nThe talks resumed on Monday in Vienna, officials said.\n";

    private static GeneratorHarness ThreeArticles() => new GeneratorHarness()
        .AddArticle("/corpus/a.txt", "Talks resume in Vienna after pause" + Body)
        .AddArticle("/corpus/b.txt", "Markets rally as oil prices fall" + Body)
        .AddArticle("/corpus/c.txt", "Storm closes schools across the region" + Body);

    [Fact]
    public void A_second_run_with_the_same_inputs_reuses_every_step()
    {
        var harness = ThreeArticles();
        var first = harness.Run();

        var second = first.Driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        foreach (var name in TrackedNames())
        {
            Assert.All(Outputs(second, name), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} output was {reason}"));
        }
    }

    [Fact]
    public void Editing_one_article_body_re_runs_only_that_article()
    {
        var harness = ThreeArticles();
        var first = harness.Run();
        var old = harness.Texts[1];
        // New words, same entities (Vienna) and no quotes: the article's key is unchanged.
        var edited = new InMemoryAdditionalText(old.Path, "Markets rally as oil prices fall\n\nThe talks resumed on Monday in Vienna, officials said. Traders bought shares on Tuesday.\n");

        var driver = first.Driver.ReplaceAdditionalText(old, edited);
        var second = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            Outputs(second, TrackingNames.ArticleSpecs));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            Outputs(second, TrackingNames.ArticleSources));
        Assert.All(Outputs(second, TrackingNames.CorpusIndex), reason =>
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"index was {reason}"));
        Assert.Contains("Traders bought shares", second.GeneratedSources.Single(s => s.HintName == "NewsCorpus.Articles000.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_a_listed_article_neither_reads_nor_parses_the_manifest_again()
    {
        // At 10,000 articles the manifest has 10,000 lines; an edit to one article must not parse it again.
        var (harness, first) = ServerBuild((path, text) => new InMemoryAdditionalText(path, text));
        var old = harness.Texts[1];
        var edited = new InMemoryAdditionalText(old.Path, "Markets rally as oil prices fall\n\nTraders bought shares on Tuesday in Vienna.\n");

        var second = first.Driver.ReplaceAdditionalText(old, edited).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Outputs(second, TrackingNames.ArticleManifest));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Outputs(second, TrackingNames.ArticleSpecs));
    }

    [Fact]
    public void Editing_an_article_so_it_names_a_new_entity_re_runs_the_corpus_index_but_not_the_other_extractions()
    {
        var harness = ThreeArticles();
        var first = harness.Run();
        var old = harness.Texts[1];
        var edited = new InMemoryAdditionalText(old.Path, "Markets rally as oil prices fall\n\nThe talks resumed on Monday in Vienna, said Chancellor Olaf Scholz.\n");

        var driver = first.Driver.ReplaceAdditionalText(old, edited);
        var second = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            Outputs(second, TrackingNames.ArticleSpecs));
        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(second, TrackingNames.CorpusIndex));
        Assert.Contains("OlafScholz", second.GeneratedSources.Single(s => s.HintName == "NewsCorpus.People.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Adding_an_article_extracts_only_the_new_file()
    {
        var harness = ThreeArticles();
        var first = harness.Run();

        var driver = first.Driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/corpus/d.txt", "Unrelated")));
        var second = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        // d.txt carries no article metadata, so nothing at all changes.
        Assert.All(Outputs(second, TrackingNames.ArticleSpecs), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(1 + 1 + 4, second.GeneratedSources.Length); // the articles' file, index, one file per entity kind
    }

    [Fact]
    public void A_rebuild_that_reads_every_file_anew_extracts_only_the_changed_one()
    {
        // The compiler server's generator cache keeps the driver between command-line builds but hands it a new
        // AdditionalText for every file on every build; unchanged content must still count as unchanged.
        var harness = new GeneratorHarness()
            .AddListedArticle("/corpus/a.txt", "Talks resume in Vienna after pause" + Body, resource: "NewsData.Article:a.txt")
            .AddListedArticle("/corpus/b.txt", "Markets rally as oil prices fall" + Body, resource: "NewsData.Article:b.txt");
        var first = harness.Run();
        var rereadFiles = harness.Texts.Append(harness.Manifest!)
            .Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Path == "/corpus/b.txt"
                ? "Markets rally as oil prices fall\n\nTraders bought shares on Tuesday in Vienna.\n"
                : file.GetText()!.ToString()))
            .ToImmutableArray();

        var second = first.Driver.ReplaceAdditionalTexts(rereadFiles).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        // The re-read a.txt is matched again and compares equal to its previous input, so its extraction is cached.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified }, Outputs(second, TrackingNames.ArticleFiles));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Outputs(second, TrackingNames.ArticleSpecs));
        // The text itself is a resource; the edit shows as new spans in the shard.
        Assert.NotEqual(first.Source("NewsCorpus.Articles000.g.cs"), second.GeneratedSources.Single(s => s.HintName == "NewsCorpus.Articles000.g.cs").SourceText.ToString());
    }

    private const string StampA = "2026-11-23 09:00:00.1000000";
    private const string StampB = "2026-11-23 09:00:00.2000000";
    private const string EditedB = "Markets slump as oil prices climb\n\nTraders sold shares on Tuesday in Vienna.\n";

    // Two listed articles, as the compiler hands them over (the command line's files or the IDE's), with the targets' timestamps.
    private static (GeneratorHarness Harness, GeneratorRun First) ServerBuild(Func<string, string, AdditionalText> file)
    {
        var harness = new GeneratorHarness()
            .AddListedArticle(file("/corpus/a.txt", "Talks resume in Vienna after pause" + Body), resource: "NewsData.Article:a.txt", stamp: StampA)
            .AddListedArticle(file("/corpus/b.txt", "Markets rally as oil prices fall" + Body), resource: "NewsData.Article:b.txt", stamp: StampB);
        return (harness, harness.Run());
    }

    // The next build's files: new instances of every file, b.txt with new text and, if given, a new timestamp.
    private static GeneratorRunResult Rebuild(GeneratorHarness harness, GeneratorRun first, Func<string, string, AdditionalText> file, string bText, string bStamp, out AdditionalText a, out AdditionalText b) =>
        Rebuild(harness, first.Driver, file, bText, bStamp, out a, out b).GetRunResult().Results.Single();

    private static GeneratorDriver Rebuild(GeneratorHarness harness, GeneratorDriver driver, Func<string, string, AdditionalText> file, string bText, string bStamp, out AdditionalText a, out AdditionalText b)
    {
        a = file("/corpus/a.txt", harness.Texts[0].GetText()!.ToString());
        b = file("/corpus/b.txt", bText);
        var manifest = new InMemoryAdditionalText(harness.Manifest!.Path, harness.ManifestText.Replace(StampB, bStamp));
        return driver.ReplaceAdditionalTexts(ImmutableArray.Create(a, b, manifest)).RunGenerators(GeneratorHarness.CreateCompilation());
    }

    [Fact]
    public void A_server_rebuild_reads_only_the_files_whose_timestamp_changed()
    {
        var (harness, first) = ServerBuild((path, text) => new AdditionalTextFile(path, text));

        var second = Rebuild(harness, first, (path, text) => new AdditionalTextFile(path, text), EditedB, "2026-11-23 10:15:00.0000000", out var a, out var b);

        Assert.Equal(0, ((AdditionalTextFile)a).Reads);
        Assert.True(((AdditionalTextFile)b).Reads > 0);
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Outputs(second, TrackingNames.ArticleSpecs));
        Assert.Contains("Markets slump as oil prices climb", second.GeneratedSources.Single(s => s.HintName == "NewsCorpus.Articles000.g.cs").SourceText.ToString());
    }

    [Fact]
    public void A_touched_file_is_extracted_once_more_and_nothing_after_it_re_runs()
    {
        var (harness, first) = ServerBuild((path, text) => new AdditionalTextFile(path, text));
        var sameText = harness.Texts[1].GetText()!.ToString();
        const string Touched = "2026-11-23 10:15:00.0000000";

        var second = Rebuild(harness, first.Driver, (path, text) => new AdditionalTextFile(path, text), sameText, Touched, out _, out _);
        var third = Rebuild(harness, second, (path, text) => new AdditionalTextFile(path, text), sameText, Touched, out var a, out var b);

        var touchedRun = second.GetRunResult().Results.Single();
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }, Outputs(touchedRun, TrackingNames.ArticleSpecs));
        Assert.All(Outputs(touchedRun, TrackingNames.ArticleSources), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        // From then on the new timestamp stands for the file: the next build reads neither article.
        Assert.Equal(0, ((AdditionalTextFile)a).Reads + ((AdditionalTextFile)b).Reads);
        Assert.All(Outputs(third.GetRunResult().Results.Single(), TrackingNames.ArticleSpecs), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void An_unchanged_timestamp_never_hides_an_edit_the_IDE_holds_in_memory()
    {
        // The IDE's texts may be unsaved buffers, which no timestamp describes: their content decides.
        var (harness, first) = ServerBuild((path, text) => new InMemoryAdditionalText(path, text));

        var second = Rebuild(harness, first, (path, text) => new InMemoryAdditionalText(path, text), EditedB, StampB, out _, out _);

        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Outputs(second, TrackingNames.ArticleSpecs));
        Assert.Contains("Markets slump as oil prices climb", second.GeneratedSources.Single(s => s.HintName == "NewsCorpus.Articles000.g.cs").SourceText.ToString());
    }

    private static IEnumerable<string> TrackedNames() => typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!);

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList()
            : new List<IncrementalStepRunReason>();
}
