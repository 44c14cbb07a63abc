using System;
using System.IO;
using NewsData.Extraction.Evaluation;

// dotnet run --project benchmarks/NewsData.Evaluation [-- --verbose]
var data = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../tests/NewsData.Extraction.Tests/TestData"));
var log = args.Length > 0 && args[0] == "--verbose" ? Console.Out : null;
foreach (var (set, description) in new[] { ("Annotated", "development set: the rules were written against these"), ("HeldOut", "held-out set: scored, never tuned against") })
{
    var folder = Path.Combine(data, set);
    var scores = Evaluator.Evaluate(folder, log);
    Console.WriteLine($"## {set} ({Directory.GetFiles(folder, "*.annotations.json").Length} articles, {description})");
    Console.WriteLine();
    Console.WriteLine(Evaluator.Table(scores));
}
