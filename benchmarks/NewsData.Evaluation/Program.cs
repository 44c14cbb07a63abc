using System;
using System.IO;
using NewsData.Extraction.Evaluation;

// dotnet run --project benchmarks/NewsData.Evaluation [-- --verbose]
var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../tests/NewsData.Extraction.Tests/TestData/Annotated"));
var log = args.Length > 0 && args[0] == "--verbose" ? Console.Out : null;
var scores = Evaluator.Evaluate(folder, log);
Console.WriteLine($"Scored against {Directory.GetFiles(folder, "*.annotations.json").Length} annotated articles in {folder}");
Console.WriteLine(Evaluator.Table(scores));
