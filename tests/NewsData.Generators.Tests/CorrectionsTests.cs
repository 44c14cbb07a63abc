using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsData.Extraction;
using NewsData.Extraction.Corpus;
using NewsData.Extraction.Corrections;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>
/// Corrections files in the build: each article's own NAME.corrections.json and the project-wide file, listed
/// in the targets' manifest. The generated corpus is the library's corrected extraction, diagnostics are located
/// in the corrections files, and a broken file never costs an article.
/// </summary>
public class CorrectionsTests
{
    internal const string Cradle = "/corpus/000_eb75a7b507fbf6e2.txt";
    internal const string CradleCorrections = "/corpus/000_eb75a7b507fbf6e2.corrections.json";
    internal const string Post = "/corpus/004_c1c32415a31d80a4.txt";
    internal const string ProjectFile = "/project/NewsData.corrections.json";

    internal const string CradleJson = """
        {
          "title": "Corrected title",
          "quotes": [
            { "text": "I hope what is happening", "speaker": "Vladimir Putin" },
            { "text": "We never said this", "remove": true }
          ],
          "entities": [ { "name": "Islamic Republic", "kind": "organization" } ]
        }
        """;

    internal const string ProjectJson = """
        {
          "entities": [
            { "name": "Xinhua", "kind": "other" },
            { "name": "Reuters", "notAnEntity": true },
            { "name": "Atlantis", "kind": "location" }
          ]
        }
        """;

    internal static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds", name));

    internal static GeneratorHarness Seeds(string? cradleJson = CradleJson, string? projectJson = ProjectJson)
    {
        var harness = new GeneratorHarness()
            .AddListedArticle(Cradle, Seed("000_eb75a7b507fbf6e2.txt"))
            .AddListedArticle(Post, Seed("004_c1c32415a31d80a4.txt"));
        if (cradleJson is not null)
        {
            harness.AddListedCorrections(CradleCorrections, cradleJson, Cradle);
        }

        return projectJson is null ? harness : harness.AddListedCorrections(ProjectFile, projectJson, "*");
    }

    [Fact]
    public void The_generated_corpus_is_the_library_s_corrected_extraction()
    {
        var run = Seeds().Run();
        var corpus = CompileAndRunTests.Load(run);

        var project = CorrectionsFile.Parse(ProjectFile, ProjectJson, CorrectionsScope.Project);
        var cradle = ArticleExtractor.Extract(Cradle, Seed("000_eb75a7b507fbf6e2.txt"), new ExtractionOptions
        {
            Corrections = CorrectionsFile.Parse(CradleCorrections, CradleJson, CorrectionsScope.Article),
            ProjectCorrections = project,
        });
        var post = ArticleExtractor.Extract(Post, Seed("004_c1c32415a31d80a4.txt"), new ExtractionOptions { ProjectCorrections = project });
        var (expected, _, _) = CorpusBuilder.Build(new[] { cradle.Article!, post.Article! });
        var articles = (IReadOnlyList<Article>)corpus.GetProperty("Articles")!.GetValue(null)!;

        Assert.Equal(expected, articles);
        Assert.Equal("Corrected title", articles[0].Title);
        Assert.Equal("Vladimir Putin", articles[0].Quotes.Single(q => q.Text.StartsWith("I hope what is happening", StringComparison.Ordinal)).Speaker!.Name);
        Assert.Equal(EntityKind.Organization, articles[0].Entities.Single(e => e.Name == "Islamic Republic").Kind);
        Assert.Equal(EntityKind.Other, articles[0].Entities.Single(e => e.Name == "Xinhua").Kind);
        Assert.DoesNotContain(articles[1].Entities, e => e.Name == "Reuters");
        Assert.DoesNotContain(run.CompilationProblems(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_stale_correction_is_a_warning_located_at_its_element_in_the_corrections_file()
    {
        var run = Seeds().Run();

        var stale = run.GeneratorDiagnostics.Where(d => d.Id == DiagnosticIds.CorrectionStale).OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
        Assert.Equal(2, stale.Count);
        Assert.All(stale, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var quote = stale[0].Location.GetLineSpan();
        Assert.Equal(CradleCorrections, quote.Path);
        Assert.Equal(4, quote.StartLinePosition.Line);
        Assert.Equal(4, quote.StartLinePosition.Character);
        Assert.Contains("We never said this", stale[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var atlantis = stale[1].Location.GetLineSpan();
        Assert.Equal(ProjectFile, atlantis.Path);
        Assert.Equal(4, atlantis.StartLinePosition.Line);
        Assert.Contains("No article names \"Atlantis\"", stale[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(stale[0].Location.SourceSpan.Start, CradleJson.IndexOf("{ \"text\": \"We never", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_corrections_file_is_a_located_error_and_the_article_is_still_generated_with_every_valid_correction()
    {
        var run = Seeds("""
            {
              "title": "Corrected title",
              "authors": "News Desk"
            }
            """, projectJson: """{ "title": "Not here" }""").Run();

        var errors = run.GeneratorDiagnostics.Where(d => d.Id == DiagnosticIds.CorrectionsMalformed).OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { CradleCorrections, ProjectFile }, errors.Select(e => e.Location.GetLineSpan().Path));
        Assert.All(errors, e => Assert.Equal(DiagnosticSeverity.Error, e.Severity));
        Assert.Equal(2, errors[0].Location.GetLineSpan().StartLinePosition.Line);
        var articles = (IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(2, articles.Count);
        Assert.Equal("Corrected title", articles[0].Title);
    }

    [Fact]
    public void A_corrections_file_that_is_not_JSON_corrects_nothing_and_costs_no_article()
    {
        var run = Seeds("{ \"title\": \"Corrected title\" ", projectJson: null).Run();

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.CorrectionsMalformed, error.Id);
        Assert.Equal(CradleCorrections, error.Location.GetLineSpan().Path);
        var articles = (IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(ArticleExtractor.Extract(Cradle, Seed("000_eb75a7b507fbf6e2.txt")).Article!.Title, articles[0].Title);
    }

    [Fact]
    public void A_corrections_file_the_targets_left_out_is_reported_there_and_its_article_is_generated_uncorrected()
    {
        var run = Seeds(cradleJson: null, projectJson: null).AddLeftOutFile(CradleCorrections, "not-regular").Run();

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.EmptyFile, error.Id);
        Assert.Equal(CradleCorrections, error.Location.GetLineSpan().Path);
        Assert.Equal(2, ((IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!).Count);
    }

    [Fact]
    public void A_corrections_file_is_never_read_as_an_article_and_an_unlisted_one_is_ignored()
    {
        var run = Seeds(cradleJson: null, projectJson: null)
            .AddOtherFile("/corpus/004_c1c32415a31d80a4.corrections.json", """{ "title": "Unlisted" }""")
            .Run();

        Assert.Empty(run.GeneratorDiagnostics);
        var articles = (IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.DoesNotContain(articles, a => a.Title == "Unlisted");
    }

    [Fact]
    public void Nothing_in_a_corrections_file_becomes_code()
    {
        const string Hostile = "\"; } public static int Evil = 1; /* </summary> #error \u202E";
        var run = Seeds($$"""{ "title": {{System.Text.Json.JsonSerializer.Serialize(Hostile)}}, "authors": [{{System.Text.Json.JsonSerializer.Serialize(Hostile)}}] }""", projectJson: null).Run();

        Assert.Empty(run.CompilationProblems());
        var corpus = CompileAndRunTests.Load(run);
        Assert.Null(corpus.GetField("Evil"));
        var article = ((IReadOnlyList<Article>)corpus.GetProperty("Articles")!.GetValue(null)!)[0];
        Assert.Equal(Hostile, article.Title);
        Assert.Equal(Hostile, Assert.Single(article.Authors));
    }

    [Fact]
    public void A_stale_warning_can_be_silenced_for_its_article_and_errors_cannot()
    {
        var harness = new GeneratorHarness()
            .AddListedArticle(Cradle, Seed("000_eb75a7b507fbf6e2.txt"), suppress: "NEWS015;NEWS014")
            .AddListedCorrections(CradleCorrections, """{ "titel": "x", "furniture": ["Not a line of the page"] }""", Cradle);

        var run = harness.Run();

        Assert.Equal(DiagnosticIds.CorrectionsMalformed, Assert.Single(run.GeneratorDiagnostics).Id);
    }
}
