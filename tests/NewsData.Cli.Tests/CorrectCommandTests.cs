using System.IO;
using System.Linq;
using System.Text.Json;

namespace NewsData.Cli.Tests;

/// <summary>`newsdata correct` writes a starting corrections file; extract, check and report apply corrections files.</summary>
public class CorrectCommandTests
{
    private const string Seed = "000_eb75a7b507fbf6e2";

    private static string SeedText => File.ReadAllText(Path.Combine(Cli.SeedsFolder, Seed + ".txt"));

    [Fact]
    public void The_starting_file_holds_today_s_extraction_and_changes_nothing_until_edited()
    {
        using var corpus = new TempCorpus();
        var article = corpus.Add(Seed + ".txt", SeedText);
        var before = Cli.Run("extract", article).Output;

        var (exitCode, _, error) = Cli.Run("correct", article);

        Assert.Equal(0, exitCode);
        Assert.Contains(Seed + ".corrections.json", error);
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus.Path, Seed + ".corrections.json")));
        using var extracted = JsonDocument.Parse(before);
        var expected = extracted.RootElement[0];
        Assert.Equal(expected.GetProperty("title").GetString(), template.RootElement.GetProperty("title").GetString());
        Assert.Equal(expected.GetProperty("published").GetString(), template.RootElement.GetProperty("published").GetString());
        // One correction per quote, and one for a statement printed twice.
        Assert.Equal(expected.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()).Distinct().Count(), template.RootElement.GetProperty("quotes").GetArrayLength());
        // Applied as it is, it corrects nothing and nothing in it is stale.
        Assert.Equal(before, Cli.Run("extract", article).Output);
        var check = Cli.Run("check", article);
        Assert.Contains("0 error(s), 0 warning(s)", check.Output);
    }

    [Fact]
    public void Stdout_prints_the_file_and_an_existing_one_is_kept_unless_forced()
    {
        using var corpus = new TempCorpus();
        var article = corpus.Add(Seed + ".txt", SeedText);
        var sidecar = corpus.Add(Seed + ".corrections.json", """{ "title": "Mine" }""");

        var printed = Cli.Run("correct", article, "--stdout");
        var refused = Cli.Run("correct", article);

        Assert.Equal(0, printed.ExitCode);
        Assert.StartsWith("{", printed.Output.TrimStart());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists", refused.Error);
        Assert.Equal("""{ "title": "Mine" }""", File.ReadAllText(sidecar));
        Assert.Equal(0, Cli.Run("correct", article, "--force").ExitCode);
        Assert.NotEqual("""{ "title": "Mine" }""", File.ReadAllText(sidecar));
    }

    [Fact]
    public void An_edited_file_corrects_extract_and_report_and_check_locates_its_stale_correction()
    {
        using var corpus = new TempCorpus();
        var article = corpus.Add(Seed + ".txt", SeedText);
        var sidecar = corpus.Add(Seed + ".corrections.json", "{\n  \"title\": \"Corrected title\",\n  \"quotes\": [ { \"text\": \"Words the page never had\", \"kind\": \"partial\" } ]\n}\n");

        using var json = Cli.Extract(article);
        var check = Cli.Run("check", article);
        var report = Cli.Run("report", article);

        Assert.Equal("Corrected title", json.RootElement[0].GetProperty("title").GetString());
        Assert.Equal(0, check.ExitCode);
        Assert.Contains($"{sidecar}(3,15): warning NEWS015: No quote of the article opens with \"Words the page never had\"", check.Output);
        Assert.Contains("Corrected title", report.Output);
        Assert.Contains("NEWS015", report.Output);
    }

    [Fact]
    public void The_project_wide_file_is_applied_to_every_article_and_its_unmatched_corrections_are_stale()
    {
        using var corpus = new TempCorpus();
        var article = corpus.Add(Seed + ".txt", SeedText);
        var project = corpus.Add("project.json", """{ "entities": [ { "name": "Vladimir Putin", "notAnEntity": true }, { "name": "Atlantis", "kind": "location" } ] }""");

        using var json = Cli.Extract(article, "--corrections", project);
        var check = Cli.Run("check", "--corrections", project, article);
        var missing = Cli.Run("check", "--corrections", Path.Combine(corpus.Path, "none.json"), article);

        foreach (var entity in json.RootElement[0].GetProperty("entities").EnumerateArray())
        {
            Assert.NotEqual("Vladimir Putin", entity.GetProperty("name").GetString());
        }

        Assert.Contains($"{project}(1,", check.Output);
        Assert.Contains("warning NEWS015: No article names \"Atlantis\"", check.Output);
        Assert.DoesNotContain("Vladimir Putin", check.Output);
        Assert.Equal(2, missing.ExitCode);
    }

    [Fact]
    public void A_malformed_file_is_an_error_located_there_and_the_article_keeps_its_valid_corrections()
    {
        using var corpus = new TempCorpus();
        var article = corpus.Add(Seed + ".txt", SeedText);
        var sidecar = corpus.Add(Seed + ".corrections.json", "{ \"title\": \"Corrected title\", \"published\": \"last Tuesday\" }");

        using var json = Cli.Extract(article);
        var check = Cli.Run("check", article);

        Assert.Equal("Corrected title", json.RootElement[0].GetProperty("title").GetString());
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{sidecar}(1,", check.Output);
        Assert.Contains("error NEWS014", check.Output);
    }
}
