using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsData.CorpusSynth;
using NewsData.Extraction;
using NewsData.Extraction.Corpus;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>
/// The large-corpus representation at CI size: 300 synthesised scrapes, embedded as resources the way
/// the package's targets embed them, compile without a warning and read back exactly what extraction
/// produced; an edit re-emits only the file holding that article. (The 10,000-article build is
/// benchmarks/build-benchmark.sh, kept out of CI.)
/// </summary>
public class LargeCorpusTests
{
    private const int Count = 300;

    private static GeneratorHarness Synthesised()
    {
        var synthesizer = new ScrapeSynthesizer(seed: 2026);
        var harness = new GeneratorHarness();
        for (var i = 0; i < Count; i++)
        {
            var (name, text) = synthesizer.Next(i);
            harness.AddEmbeddedArticle("/corpus/" + name, text);
        }

        return harness;
    }

    [Fact]
    public void Three_hundred_embedded_articles_compile_cleanly_and_read_back_as_extracted()
    {
        var harness = Synthesised();
        var run = harness.Run();

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(new[] { "NewsCorpus.Articles000.g.cs", "NewsCorpus.Articles001.g.cs", "NewsCorpus.Articles002.g.cs" },
            run.Sources.Select(s => s.HintName).Where(n => n.StartsWith("NewsCorpus.Articles", System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal));
        var (expected, _, _) = CorpusBuilder.Build(harness.Texts.Select(t => ArticleExtractor.Extract(t.Path, t.GetText()!.ToString()).Article!));
        var corpus = CompileAndRunTests.Load(run);
        var articles = (IReadOnlyList<Article>)corpus.GetProperty("Articles")!.GetValue(null)!;

        Assert.Equal(Count, articles.Count);
        Assert.Equal(expected, articles);
        var quotes = (IReadOnlyList<Quote>)corpus.GetProperty("Quotes")!.GetValue(null)!;
        Assert.Equal(expected.Sum(a => a.Quotes.Count), quotes.Count);
    }

    [Fact]
    public void Editing_one_body_in_a_large_corpus_re_extracts_one_file_and_re_emits_one_shard()
    {
        var harness = Synthesised();
        var first = harness.Run();
        var old = harness.Texts[150];
        var text = old.GetText()!.ToString();
        // One note, once: inserted between every paragraph it would also part paragraphs printed twice,
        // which the reader then keeps twice, and that is a change of what the article says.
        var firstBreak = text.IndexOf("\n\n", System.StringComparison.Ordinal);
        var edited = new InMemoryAdditionalText(old.Path, text.Insert(firstBreak, "\n\nAn editor's note was added here."));

        var second = first.Driver.ReplaceAdditionalText(old, edited).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        var specs = Outputs(second, TrackingNames.ArticleSpecs);
        Assert.Equal(1, specs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(Count - 1, specs.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Outputs(second, TrackingNames.CorpusIndex), reason =>
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"index was {reason}"));
        var shards = Outputs(second, TrackingNames.ArticleShards);
        Assert.Equal(3, shards.Count);
        Assert.Equal(1, shards.Count(r => r == IncrementalStepRunReason.Modified));
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    [Fact]
    public void A_corpus_naming_more_entities_than_get_fields_keeps_the_most_named_and_warns()
    {
        // 21 articles of 1,000 different people each (the per-article bound), and one speaker all of them quote.
        var harness = new GeneratorHarness();
        for (var a = 0; a < 21; a++)
        {
            var bylines = string.Concat(Enumerable.Range(0, 500).Select(i => $"By John Smith{a}x{i} and Maria Garcia{a}x{i}\n"));
            harness.AddArticle($"/corpus/a{a:D2}.txt", $"Budget talks resume in Tallinn after pause {a}\n\n\u201CThe talks were useful,\u201D Prime Minister Kaja Kallas said in Tallinn on Monday.\n\nThe ministers will meet again next week, officials said.\n\n{bylines}");
        }

        var run = harness.Run();

        var fields = run.Sources.Where(s => s.HintName.EndsWith(".g.cs", System.StringComparison.Ordinal) && s.HintName != "NewsCorpus.g.cs" && !s.HintName.StartsWith("NewsCorpus.Articles", System.StringComparison.Ordinal))
            .Sum(s => s.SourceText.ToString().Split('\n').Count(l => l.TrimStart().StartsWith("public static readonly global::NewsData.Entity ", System.StringComparison.Ordinal)));
        Assert.Equal(NewsData.Generators.Parsing.CorpusIndexBuilder.MaxEntityFields, fields);
        Assert.Contains("public static readonly global::NewsData.Entity KajaKallas ", run.Source("NewsCorpus.People.g.cs"));
        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.ContributionBounded && d.Location.GetLineSpan().Path.EndsWith(".txt", System.StringComparison.Ordinal) && d.GetMessage().StartsWith("The corpus names", System.StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        // Every entity is still in the compiled table, field or not.
        Assert.True(run.Source("NewsCorpus.g.cs").Split('\n').Count(l => l.Contains("// People.", System.StringComparison.Ordinal)) > NewsData.Generators.Parsing.CorpusIndexBuilder.MaxEntityFields);
    }
}
