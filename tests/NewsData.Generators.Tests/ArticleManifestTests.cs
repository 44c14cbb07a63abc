using System.Linq;
using Microsoft.CodeAnalysis;
using NewsData.Generators.Common;
using NewsData.Generators.Parsing;
using NewsData.Generators.Specs;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>The article manifest the package's targets write instead of per-file item metadata.</summary>
public class ArticleManifestTests
{
    private const string Story = "Harbour reopens after winter storms\n\nBy Ana Lopes - March 3 2023\n\nThe harbour reopened on Friday, the port authority said.\n";

    [Fact]
    public void Listed_files_are_articles_and_other_additional_files_are_not()
    {
        var run = new GeneratorHarness()
            .AddListedArticle("/project/news/harbour.txt", Story, resource: "NewsData.Article:news/harbour.txt")
            .AddOtherFile("/project/notes.txt", Story.Replace("Harbour", "Notes", System.StringComparison.Ordinal))
            .Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems());
        var articles = (System.Collections.Generic.IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        var article = Assert.Single(articles);
        Assert.Equal("harbour", article.Id);
        // The text comes from the resource the manifest named: reading a paragraph proves it was found.
        Assert.Equal("The harbour reopened on Friday, the port authority said.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Files_the_targets_left_out_are_errors_located_in_them_in_the_words_of_newsdata()
    {
        var run = new GeneratorHarness()
            .AddListedArticle("/project/news/harbour.txt", Story, resource: "NewsData.Article:news/harbour.txt")
            .AddLeftOutFile("/project/news/fifo.txt", LeftOutFiles.NotRegular)
            .AddLeftOutFile("/project/news/huge.txt", LeftOutFiles.TooLarge + ":300")
            .AddLeftOutFile("/project/news/gone.txt", LeftOutFiles.Missing)
            .Run();

        Assert.Empty(run.CompilationProblems());
        var article = Assert.Single((System.Collections.Generic.IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!);
        Assert.Equal("harbour", article.Id);
        var expected = new[]
        {
            ("/project/news/fifo.txt", NewsData.Extraction.FileDiagnostics.NotRegularOrEmpty("fifo.txt")),
            ("/project/news/huge.txt", NewsData.Extraction.FileDiagnostics.TooManyBytes("huge.txt", 300)),
            ("/project/news/gone.txt", NewsData.Extraction.FileDiagnostics.Missing()),
        };
        Assert.Equal(
            expected.Select(e => (e.Item1, e.Item2.Id, e.Item2.Message, DiagnosticSeverity.Error, 0, 0)),
            run.GeneratorDiagnostics.Select(d => (d.Location.GetLineSpan().Path, d.Id, d.GetMessage(), d.Severity, d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character)));
    }

    [Theory]
    [InlineData("/project/sub/../news/harbour.txt", "/project/news/harbour.txt")]
    [InlineData("/project/./news/harbour.txt", "/project/news/harbour.txt")]
    [InlineData("C:\\src\\Project\\news\\harbour.txt", "C:/SRC/project/news/harbour.txt")]
    public void The_compiler_path_and_the_manifest_path_may_be_spelled_differently(string compilerPath, string manifestPath)
    {
        var run = new GeneratorHarness().AddListedArticle(compilerPath, Story, manifestPath).Run();

        // Matched: the file was read as an article (its id is whatever this OS makes of the path).
        var spec = Assert.Single(run.Generator.TrackedSteps[TrackingNames.ArticleSpecs].SelectMany(s => s.Outputs));
        Assert.Equal("Harbour reopens after winter storms", ((ArticleSpec)spec.Value).Article!.Title);
    }

    [Theory]
    [InlineData("/project/obj/NewsData.articles.tsv", "/project/obj/NewsData.articles.tsv", true)]
    [InlineData("/project/src/../obj/NewsData.articles.tsv", "/project/obj/NewsData.articles.tsv", true)]
    [InlineData("C:\\Project\\obj\\NewsData.articles.tsv", "c:/project/obj/NewsData.articles.tsv", true)]
    [InlineData("NewsData.articles.tsv", "NewsData.articles.tsv", true)]
    [InlineData("/project/news/harbour.txt", "/project/obj/NewsData.articles.tsv", false)]
    [InlineData("/other/obj/NewsData.articles.tsv", "/project/obj/NewsData.articles.tsv", false)]
    public void The_manifest_is_recognised_by_its_normalised_path(string path, string manifestProperty, bool expected)
    {
        Assert.Equal(expected, ManifestPath.Is(path, ManifestPath.Normalize(manifestProperty)));
    }

    [Fact]
    public void Silenced_ids_in_the_manifest_silence_warnings_of_that_file_only()
    {
        var run = new GeneratorHarness()
            .AddListedArticle("/project/news/brief.txt", "Council approves new bus routes for the city\n", suppress: "NEWS004;NEWS005")
            .AddListedArticle("/project/news/other.txt", "Council delays the budget vote again\n")
            .Run();

        var warnings = run.GeneratorDiagnostics.Where(d => d.Id == "NEWS004").ToList();
        var warning = Assert.Single(warnings);
        Assert.EndsWith("other.txt", warning.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_article_extracts_only_the_new_file()
    {
        var harness = new GeneratorHarness().AddListedArticle("/project/news/harbour.txt", Story);
        var first = harness.Run();
        var oldManifest = harness.Manifest!;
        harness.AddListedArticle("/project/news/library.txt", Story.Replace("Harbour reopens", "Library opens", System.StringComparison.Ordinal));
        var driver = first.Driver
            .AddAdditionalTexts([harness.Texts[^1]])
            .ReplaceAdditionalText(oldManifest, new InMemoryAdditionalText(GeneratorHarness.ManifestPath, harness.ManifestText));

        var second = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        var reasons = second.TrackedSteps[TrackingNames.ArticleSpecs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void A_named_manifest_that_is_not_an_additional_file_is_NEWS012()
    {
        var run = new GeneratorHarness()
            .WithProperty("NewsDataManifest", "/project/obj/NewsData.articles.tsv")
            .AddOtherFile("/project/news/harbour.txt", Story)
            .Run();

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NEWS012", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/project/obj/NewsData.articles.tsv", error.Location.GetLineSpan().Path);
        Assert.Contains("no article is compiled", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_under_another_file_name_is_NEWS012_naming_the_file_name_it_must_have()
    {
        // The generator picks the manifest out of the additional files by its name, so another name would
        // silently compile no article; the error says which name to use.
        var manifestText = new GeneratorHarness().AddListedArticle("/project/news/harbour.txt", Story).ManifestText;
        var run = new GeneratorHarness()
            .WithProperty("NewsDataManifest", "/project/obj/articles.tsv")
            .AddOtherFile("/project/news/harbour.txt", Story)
            .AddOtherFile("/project/obj/articles.tsv", manifestText)
            .Run();

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NEWS012", error.Id);
        Assert.Equal("/project/obj/articles.tsv", error.Location.GetLineSpan().Path);
        Assert.Contains("must be a file named NewsData.articles.tsv", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("NewsCorpus.Articles", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_manifest_the_property_names_is_read_when_other_files_share_its_name()
    {
        // Both list the same article under different resource names; the first listing of a path would win.
        var other = new GeneratorHarness().AddListedArticle("/project/news/harbour.txt", Story, resource: "Other:harbour.txt").ManifestText;
        var listed = new GeneratorHarness().AddListedArticle("/project/news/harbour.txt", Story, resource: "NewsData.Article:harbour.txt").ManifestText;
        var run = new GeneratorHarness()
            .WithProperty("NewsDataManifest", "/project/obj/NewsData.articles.tsv")
            .AddOtherFile("/project/news/harbour.txt", Story)
            .AddOtherFile("/other/obj/NewsData.articles.tsv", other)
            .AddOtherFile("/project/obj/NewsData.articles.tsv", listed)
            .Run();

        Assert.Empty(run.GeneratorDiagnostics);
        var spec = (ArticleSpec)Assert.Single(run.Generator.TrackedSteps[TrackingNames.ArticleSpecs].SelectMany(s => s.Outputs)).Value;
        Assert.Equal("NewsData.Article:harbour.txt", spec.ResourceName);
    }

    [Theory]
    [InlineData("/project/obj/Release/net8.0/NewsData.articles.tsv", true)]
    [InlineData("C:\\Project\\obj\\newsdata.ARTICLES.tsv", true)]
    [InlineData("NewsData.articles.tsv", true)]
    [InlineData("/project/obj/MyNewsData.articles.tsv", false)]
    [InlineData("/project/obj/NewsData.articles.tsv.bak", false)]
    [InlineData("/project/news/harbour.txt", false)]
    public void The_manifest_is_picked_out_by_its_file_name_in_any_case(string path, bool expected)
    {
        Assert.Equal(expected, ManifestPath.HasFileName(path));
    }

    [Fact]
    public void An_unreadable_manifest_is_NEWS012_and_the_corpus_still_compiles()
    {
        var run = new GeneratorHarness()
            .WithProperty("NewsDataManifest", "/project/obj/NewsData.articles.tsv")
            .AddOtherFile("/project/news/harbour.txt", Story)
            .AddOtherFile("/project/obj/NewsData.articles.tsv", null)
            .Run();

        Assert.Equal("NEWS012", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains(run.Sources, s => s.HintName == "NewsCorpus.g.cs");
    }

    [Fact]
    public void The_parser_skips_comments_blank_lines_and_lines_without_a_path()
    {
        var manifest = ArticleManifestParser.Parse(["# header\r\n/a.txt\tNewsData.Article:a.txt\tNEWS004, news009\r\n\r\n\t\tNEWS001\n/b.txt\n"]);

        Assert.Equal(2, manifest.Entries.Count);
        Assert.Equal(new ManifestEntry("/a.txt", "NewsData.Article:a.txt", new EquatableArray<string>(["NEWS004", "NEWS009"])), manifest.Entries[0]);
        Assert.Equal(new ManifestEntry("/b.txt", null, EquatableArray<string>.Empty), manifest.Entries[1]);
        Assert.Same(manifest.Entries[1], manifest.Find("/x/../b.txt"));
        Assert.Null(manifest.Find("/c.txt"));
    }

    [Fact]
    public void The_parser_reads_the_last_write_time_column_when_it_is_there()
    {
        var manifest = ArticleManifestParser.Parse(["/a.txt\tNewsData.Article:a.txt\t\t2026-11-23 09:00:00.1234567\n/b.txt\tNewsData.Article:b.txt\t\t\n"]);

        Assert.Equal("2026-11-23 09:00:00.1234567", manifest.Entries[0].Stamp);
        Assert.Null(manifest.Entries[1].Stamp);
        Assert.NotEqual(manifest, ArticleManifestParser.Parse(["/a.txt\tNewsData.Article:a.txt\t\t2026-11-23 09:00:00.1234568\n/b.txt\tNewsData.Article:b.txt\t\t\n"]));
    }

    [Fact]
    public void Manifests_with_the_same_entries_are_equal_so_the_pipeline_stays_cached()
    {
        var text = "/a.txt\tNewsData.Article:a.txt\t\n";

        Assert.Equal(ArticleManifestParser.Parse([text]), ArticleManifestParser.Parse([text]));
        Assert.NotEqual(ArticleManifestParser.Parse([text]), ArticleManifestParser.Parse([text + "/b.txt\n"]));
    }
}
