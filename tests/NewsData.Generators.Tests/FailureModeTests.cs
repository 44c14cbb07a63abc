using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsData.Extraction;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>Every failure mode: a diagnostic with its id, located in the file, and every other article still generated.</summary>
[Collection(nameof(FaultInjectionCollection))]
public class FailureModeTests
{
    private const string Good = "Talks resume in Vienna after pause\n\nDiplomats met on Monday, officials said.\n";

    private static (GeneratorRun Run, Diagnostic Diagnostic, IReadOnlyList<Article> Articles) RunWithBad(string badText, GeneratorHarness? harness = null, string? suppress = null)
    {
        harness ??= new GeneratorHarness();
        var run = harness.AddArticle("/corpus/good.txt", Good).AddArticle("/corpus/bad.txt", badText, suppress).Run();
        var articles = (IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.Empty(run.CompilationProblems());
        return (run, run.GeneratorDiagnostics.Single(), articles);
    }

    [Fact]
    public void A_nul_character_means_binary_an_error_at_that_offset()
    {
        var (_, diagnostic, articles) = RunWithBad("Headline of a file\n\nBody \0 with a NUL.\n");

        Assert.Equal(DiagnosticIds.NotText, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("character 25", diagnostic.GetMessage());
        Assert.Equal((2, 5), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(new[] { "good" }, articles.Select(a => a.Id));
    }

    [Fact]
    public void A_file_the_compiler_refuses_as_binary_is_the_NEWS002_newsdata_reports_not_a_vague_NEWS001()
    {
        // csc gives no text for a file with two NULs in a row and reports CS2015 itself; its file type keeps the reason.
        var refused = new RefusedAdditionalText("/corpus/bad.txt", compilerErrors: 2015);
        var run = new GeneratorHarness().AddArticle("/corpus/good.txt", Good).AddArticle(refused).Run();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.NotText, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(FileDiagnostics.BinaryToTheCompiler("bad.txt").Message, diagnostic.GetMessage());
        Assert.Equal(FileDiagnostics.BinaryToTheCompiler("bad.txt"), Assert.Single(ArticleExtractor.Extract("bad.txt", "Headline of a file\n\nBody \0\0 with NULs.\n").Diagnostics));
        Assert.Equal("/corpus/bad.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "good" }, ((IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!).Select(a => a.Id));

        // Any other reason the compiler had (CS2001: not found) stays the plain NEWS001.
        var missing = new GeneratorHarness().AddArticle(new RefusedAdditionalText("/corpus/gone.txt", compilerErrors: 2001)).Run();
        Assert.Equal(FileDiagnostics.Unreadable("gone.txt", null).Message, Assert.Single(missing.GeneratorDiagnostics).GetMessage());
    }

    /// <summary>An additional file the compiler could not read, with the compiler's reasons where csc keeps them.</summary>
    private sealed class RefusedAdditionalText(string path, params int[] compilerErrors) : AdditionalText
    {
        public override string Path => path;

        internal IList<CompilerError> Diagnostics => compilerErrors.Select(code => new CompilerError(code)).ToList();

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;

        internal sealed class CompilerError(int code)
        {
            public int Code => code;
        }
    }

    [Fact]
    public void Random_bytes_are_not_text()
    {
        var random = new Random(7);
        var bytes = new byte[2000];
        random.NextBytes(bytes);
        var (_, diagnostic, articles) = RunWithBad(Encoding.Latin1.GetString(bytes).Replace('\0', '\u0001'));

        Assert.Equal(DiagnosticIds.NotText, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new[] { "good" }, articles.Select(a => a.Id));
    }

    [Fact]
    public void Invalid_utf8_is_a_warning_naming_the_byte_offset_and_the_article_is_kept()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf\u00E9 owners protest new rules\n\nOwners met on Monday, officials said ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" here.\n")).ToArray();
        var (_, diagnostic, articles) = RunWithBad(new UTF8Encoding(false, false).GetString(bytes));

        Assert.Equal(DiagnosticIds.NotText, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains($"byte {Array.IndexOf(bytes, (byte)0xC3, 10)}", diagnostic.GetMessage());
        Assert.Equal(new[] { "bad", "good" }, articles.Select(a => a.Id));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error_and_left_out()
    {
        var (_, diagnostic, articles) = RunWithBad(Good + new string('x', 500), new GeneratorHarness().WithProperty("NewsDataMaxFileSize", "300"));

        Assert.Equal(DiagnosticIds.FileTooLarge, diagnostic.Id);
        Assert.Contains("300", diagnostic.GetMessage());
        Assert.Equal("/corpus/bad.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "good" }, articles.Select(a => a.Id));
    }

    [Fact]
    public void An_invalid_size_limit_is_an_invalid_setting()
    {
        var run = new GeneratorHarness().WithProperty("NewsDataMaxFileSize", "lots").AddArticle("/corpus/good.txt", Good).Run();

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.InvalidSetting, error.Id);
        Assert.Contains("NewsDataMaxFileSize", error.GetMessage());
    }

    [Fact]
    public void A_doubtful_headline_is_a_warning_that_the_item_can_silence()
    {
        const string menuTitle = "Home | World | Europe news today\n\nDiplomats met on Monday, officials said.\n";
        var (_, diagnostic, articles) = RunWithBad(menuTitle);

        Assert.Equal(DiagnosticIds.DoubtfulExtraction, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(2, articles.Count);

        var silenced = new GeneratorHarness().AddArticle("/corpus/bad.txt", menuTitle, suppress: "NEWS009").Run();
        Assert.Empty(silenced.GeneratorDiagnostics);
    }

    [Fact]
    public void Errors_cannot_be_silenced_by_the_item()
    {
        var run = new GeneratorHarness().AddArticle("/corpus/empty.txt", " ", suppress: "NEWS001").Run();

        Assert.Equal(DiagnosticIds.EmptyFile, Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void An_exception_inside_extraction_becomes_one_error_for_that_file()
    {
        ArticleExtractor.FaultInjection = name => { if (name == "bad.txt") { throw new InvalidOperationException("injected fault"); } };
        try
        {
            var (_, diagnostic, articles) = RunWithBad(Good);

            Assert.Equal(DiagnosticIds.ExtractionFailed, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Contains("InvalidOperationException: injected fault", diagnostic.GetMessage());
            Assert.Equal(new[] { "good" }, articles.Select(a => a.Id));
        }
        finally
        {
            ArticleExtractor.FaultInjection = null;
        }
    }

    [Fact]
    public void Broken_files_change_nothing_about_the_good_articles()
    {
        var good = new[] { ("/corpus/b-talks.txt", Good), ("/corpus/c-markets.txt", "Markets rally as oil prices fall\n\nTraders bought shares on Tuesday.\n") };
        var clean = new GeneratorHarness();
        var mixed = new GeneratorHarness().AddArticle("/corpus/a-empty.txt", "").AddArticle("/corpus/b-talks-2.txt", "\0binary");
        foreach (var (path, text) in good)
        {
            clean.AddArticle(path, text);
            mixed.AddArticle(path, text);
        }

        mixed.AddArticle("/corpus/d-menu.txt", "Loading...\nhttps://example.com/a.jpg\n");
        var cleanRun = clean.Run();
        var mixedRun = mixed.Run();

        Assert.Equal(
            cleanRun.Sources.Select(s => (s.HintName, s.SourceText.ToString())),
            mixedRun.Sources.Select(s => (s.HintName, s.SourceText.ToString())));
        Assert.Equal(3, mixedRun.GeneratorDiagnostics.Length);
    }
}

[CollectionDefinition(nameof(FaultInjectionCollection), DisableParallelization = true)]
public sealed class FaultInjectionCollection
{
}
