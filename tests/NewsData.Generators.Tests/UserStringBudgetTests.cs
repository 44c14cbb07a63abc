using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsData.Extraction;
using NewsData.Generators.Parsing;
using NewsData.Generators.Specs;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>NEWS011: a warning while the packed corpus still fits in the assembly's 16 MiB of string literals.</summary>
public class UserStringBudgetTests
{
    [Fact]
    public void Below_three_quarters_of_the_heap_there_is_no_warning_and_above_it_one()
    {
        var perArticle = (int)((UserStringBudget.WarnAt / 2 / 4) - 10); // four articles just under the mark
        var under = Enumerable.Range(0, 4).Select(i => (ArticleSource?)Source(i, perArticle)).ToImmutableArray();
        var over = under.Add(Source(4, 1000));

        Assert.Null(UserStringBudget.Check(under));
        var warning = UserStringBudget.Check(over);
        Assert.NotNull(warning);
        Assert.Equal(DiagnosticIds.NearStringLimit, warning!.Id);
        Assert.Contains("5 compiled articles", warning.Message);
        Assert.Contains("CS8103", warning.Message);
    }

    [Fact]
    public void The_generator_warns_for_a_corpus_of_literal_texts_near_the_limit_and_still_generates_it()
    {
        // Without the build targets, texts are compiled in as literals: seven 1-million-character articles.
        var paragraph = string.Concat(Enumerable.Repeat("The committee met again on Monday and the talks will continue next week. ", 7)) + "\n\n";
        var body = new StringBuilder();
        while (body.Length < 1_000_000)
        {
            body.Append(paragraph);
        }

        var harness = new GeneratorHarness();
        for (var i = 0; i < 7; i++)
        {
            harness.AddArticle($"/corpus/long{i}.txt", $"Committee report number {i} on the talks\n\n" + body);
        }

        var run = harness.Run();

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.NearStringLimit);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("7 compiled articles", warning.GetMessage());
        Assert.Contains(run.Sources, s => s.HintName == "NewsCorpus.Articles000.g.cs");
    }

    private static ArticleSource Source(int ordinal, int length) => new(ordinal, "A" + ordinal, "Title", "Remarks", new string('x', length));
}
