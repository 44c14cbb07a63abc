using System;
using System.IO;
using NewsData.Extraction.Evaluation;

// dotnet run --project benchmarks/NewsData.Evaluation [-- --verbose]
// dotnet run --project benchmarks/NewsData.Evaluation -- --conll FILE   (the recogniser on a CoNLL-2003-style file)
if (args.Length == 2 && args[0] == "--conll")
{
    Console.WriteLine("Every mention:");
    Console.WriteLine();
    Console.WriteLine(ConllScorer.Score(args[1]));
    Console.WriteLine("Without the mentions of countries by their demonyms (MISC in CoNLL-2003):");
    Console.WriteLine();
    Console.WriteLine(ConllScorer.Score(args[1], withDemonyms: false));
    return;
}

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
