using NewsData.Extraction.Evaluation;
using Xunit.Abstractions;

namespace NewsData.Extraction.Tests;

/// <summary>
/// Scores quotes and entities against the hand-annotated articles in TestData/Annotated. The floors
/// sit a little under the measured scores (docs/evaluation.md) so that a regression fails the build;
/// raise them when the extractor improves. The full table: dotnet run --project benchmarks/NewsData.Evaluation
/// </summary>
public class EvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Annotated_corpus_has_at_least_fifteen_articles()
    {
        Assert.True(System.IO.Directory.GetFiles(TestFiles.PathOf("Annotated"), "*.annotations.json").Length >= 15);
    }

    [Theory]
    [InlineData("Annotated", "entities", EntityFloor)]
    [InlineData("Annotated", "quotes", QuoteFloor)]
    [InlineData("HeldOut", "entities", HeldOutEntityFloor)]
    [InlineData("HeldOut", "quotes", HeldOutQuoteFloor)]
    public void Scores_stay_above_their_floors(string set, string category, double floor)
    {
        var log = new System.IO.StringWriter();
        var scores = Evaluator.Evaluate(TestFiles.PathOf(set), log);
        output.WriteLine(Evaluator.Table(scores));
        output.WriteLine(log.ToString());

        Assert.True(scores[category].F1 >= floor, $"{category} F1 {scores[category].F1:0.00} fell below {floor:0.00}");
    }

    private const double EntityFloor = 0.88;
    private const double QuoteFloor = 0.82;

    // The held-out set was scored once (docs/evaluation.md); these floors only catch regressions.
    private const double HeldOutEntityFloor = 0.78;
    private const double HeldOutQuoteFloor = 0.66;
}
