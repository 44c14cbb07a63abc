using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsData.Extraction;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>A bad file gets a located diagnostic, and every other article is still generated.</summary>
public class DiagnosticReportingTests
{
    private const string Good = "Talks resume in Vienna after pause\n\nDiplomats met on Monday, officials said.\n";

    private static (GeneratorRun Run, IReadOnlyList<Article> Articles) RunWith(string badPath, string? badText)
    {
        var harness = new GeneratorHarness().AddArticle("/corpus/good.txt", Good);
        if (badText is null)
        {
            harness.AddOtherFile(badPath, "");
        }
        else
        {
            harness.AddArticle(badPath, badText);
        }

        var run = harness.Run();
        var articles = (IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        return (run, articles);
    }

    [Fact]
    public void An_empty_file_is_an_error_in_that_file_and_the_others_are_generated()
    {
        var (run, articles) = RunWith("/corpus/empty.txt", "\n  \n");

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.EmptyFile, error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/corpus/empty.txt", error.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "good" }, articles.Select(a => a.Id));
    }

    [Fact]
    public void A_file_without_a_headline_is_an_error_and_the_others_are_generated()
    {
        var (run, articles) = RunWith("/corpus/menu.txt", "Loading...\nhttps://example.com/a.jpg\n");

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.NoTitle, error.Id);
        Assert.Equal("/corpus/menu.txt", error.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "good" }, articles.Select(a => a.Id));
    }

    [Fact]
    public void A_page_of_body_text_without_a_headline_is_a_warning_and_its_article_keeps_the_body()
    {
        const string Body = "The district council voted on Tuesday evening to close the Riverside swimming pool for eighteen months while its roof is replaced.";
        var (run, articles) = RunWith("/corpus/body.txt", Body + "\n");

        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal((DiagnosticIds.NoTitle, DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        var article = Assert.Single(articles, a => a.Id == "body");
        Assert.Equal(string.Empty, article.Title);
        Assert.Equal(new[] { Body }, article.Paragraphs);
    }

    [Fact]
    public void A_warning_is_located_at_its_line_and_column_and_the_article_is_still_generated()
    {
        var (run, articles) = RunWith("/corpus/undated.txt", "Talks stall again in Vienna\nPublished: sometime last spring\n\nDiplomats left on Friday.\n");

        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.UnreadableDate, warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var span = warning.Location.GetLineSpan();
        Assert.Equal("/corpus/undated.txt", span.Path);
        Assert.Equal(1, span.StartLinePosition.Line);
        Assert.Equal(0, span.StartLinePosition.Character);
        Assert.Equal(new[] { "good", "undated" }, articles.Select(a => a.Id));
    }

    [Fact]
    public void A_file_whose_text_cannot_be_read_is_an_error_not_a_crash()
    {
        // A null SourceText is what the compiler hands over for a file it could not read.
        var run = new GeneratorHarness()
            .AddArticle("/corpus/good.txt", Good)
            .AddArticle("/corpus/unreadable.txt", text: null)
            .Run();

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.EmptyFile, error.Id);
        Assert.Contains("could not be read", error.GetMessage());
        Assert.Equal(1 + 1 + 4, run.Sources.Count); // the good article, the index, one file per entity kind
    }

    [Fact]
    public void A_help_link_leads_to_the_catalogue_entry_at_the_public_address_and_there_is_none_before_it_is_known()
    {
        // One setting in Directory.Build.props; empty until the project is published (docs/diagnostics.md, "Help links").
        var props = System.Xml.Linq.XDocument.Load(System.IO.Path.Combine(NewsData.Tests.Shared.RepositoryFiles.Root, "Directory.Build.props"));
        var address = props.Descendants("NewsDataPublicAddress").Single().Value.Trim();

        var (run, _) = RunWith("/corpus/empty.txt", "");

        var link = Assert.Single(run.GeneratorDiagnostics).Descriptor.HelpLinkUri;
        Assert.Equal(address.Length == 0 ? "" : address + "/blob/main/docs/diagnostics.md#news001", link);
    }
}
