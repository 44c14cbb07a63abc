using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsData.Extraction.Lines;
using NewsData.LineTraining;

// Trains the line models on the development pages and writes src/NewsData.Extraction/Lines/LineModel.tsv.
//
//   dotnet run -c Release --project benchmarks/NewsData.LineTraining -- [--aeb DIR] [--pool POOL | --no-pool] [--folds 5] [--write] [--verbose]
//
// DIR holds the article-extraction-benchmark's pages as benchmarks/eval/run.sh builds them
// (default /tmp/newsdata-eval/aeb); only its dev/ part and gold-dev.json are read. POOL is the training
// pool benchmarks/eval/pages/pool.py builds (default /tmp/newsdata-eval/pool when it exists; its English
// pages unless --pool-all-languages). The repository's
// own development pages (tests/.../TestData/Layouts, Pages and SeedPages) are read too. Without --write it only
// prints the cross-validated scores (folds by site) next to the scores on the training pages.
// With --explain FILE it prints how the shipped model reads one page, line by line.
var options = Args.Parse(args);
var root = FindRoot();
if (options.Explain is { } explain)
{
    Explain(File.ReadAllText(explain), LineModel.Default);
    return;
}

var pages = new List<TrainingPage>();
pages.AddRange(TrainingPage.LoadBenchmark(options.Aeb));
if (options.Pool is { } pool)
{
    pages.AddRange(TrainingPage.LoadPool(pool, options.EnglishOnly, options.MenusAboveTitle));
}

foreach (var set in new[] { "Layouts", "Pages" })
{
    pages.AddRange(TrainingPage.LoadExpected(Path.Combine(root, "tests/NewsData.Extraction.Tests/TestData", set)));
}

pages.AddRange(TrainingPage.LoadExpected(Path.Combine(root, "tests/NewsData.Extraction.Tests/TestData/SeedPages"), Path.Combine(root, "seeds")));

Console.WriteLine($"{pages.Count} pages ({pages.Count(p => p.Set == PageSet.Benchmark)} benchmark, {pages.Count(p => p.Set == PageSet.Pool)} pool), {pages.Sum(p => p.Layout.Count):N0} lines, "
    + $"{pages.Sum(p => p.Body.Count(b => b == 1)):N0} body, {pages.Sum(p => p.Body.Count(b => b < 0)):N0} left out; "
    + $"{BodyFeatures.First.Count} + {BodyFeatures.Second.Count} body features, {TitleFeatures.Space.Count} headline features");

var settings = options.Settings;
var crossValidated = new Scores();
for (var fold = 0; fold < options.Folds; fold++)
{
    var train = pages.Where(p => Pipeline.FoldOf(p, options.Folds) != fold).ToList();
    var model = Pipeline.Train(train, settings);
    foreach (var page in pages.Where(p => Pipeline.FoldOf(p, options.Folds) == fold))
    {
        crossValidated.Add(page, PageReading.Read(page.Lines, model), options.Verbose);
    }
}

var final = Pipeline.Train(pages, settings);
var inSample = new Scores();
foreach (var page in pages)
{
    inSample.Add(page, PageReading.Read(page.Lines, final), verbose: false);
}

Console.WriteLine($"cross-validated ({options.Folds} folds by site): {crossValidated}");
foreach (var margin in new[] { 0.5, 1.0, 1.5, 2.0 })
{
    var warned = crossValidated.Margins.Where(m => m.Margin < margin).ToList();
    Console.WriteLine($"  headline warning below a margin of {margin}: on {warned.Count} of {crossValidated.Margins.Count} benchmark pages, "
        + $"{warned.Count(m => !m.Right)} of them wrong; {crossValidated.Margins.Count(m => !m.Right)} wrong in all");
}

Console.WriteLine($"trained on all (in sample):        {inSample}");
if (options.Write)
{
    var path = Path.Combine(root, "src/NewsData.Extraction/Lines/LineModel.tsv");
    File.WriteAllText(path, Serialize(final, settings), new UTF8Encoding(false));
    Console.WriteLine($"wrote {path}");
}

static string Serialize(LineModel model, Settings settings)
{
    var text = new StringBuilder();
    text.Append("# Line models, written by benchmarks/NewsData.LineTraining (do not edit by hand; retrain). Model, feature, weight.\n");
    foreach (var (name, value) in Pipeline.Parameters(settings))
    {
        text.Append("parameter\t").Append(name).Append('\t').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
    }

    Write(text, "body-first", BodyFeatures.First, model.BodyFirst);
    Write(text, "body-second", BodyFeatures.Second, model.BodySecond);
    Write(text, "title", TitleFeatures.Space, model.Title);
    return text.ToString();
}

static void Write(StringBuilder text, string model, FeatureSpace space, double[] weights)
{
    for (var i = 0; i < space.Count; i++)
    {
        text.Append(model).Append('\t').Append(space.Names[i]).Append('\t')
            .Append(Math.Round(weights[i], 6).ToString("R", CultureInfo.InvariantCulture)).Append('\n');
    }
}

// Prints how the shipped model reads a page: each line's kind, both body scores, and the headline.
static void Explain(string text, LineModel model)
{
    var lines = NewsData.Extraction.Lines.LineClassifier.Classify(text, NewsData.Extraction.Text.LineSplitter.Split(text, default), default);
    var reading = PageReading.Read(lines, model);
    var layout = reading.Layout;
    var first = Pipeline.FirstScores(layout, model.BodyFirst);
    Console.WriteLine($"block {layout.BlockStart}..{layout.BlockEnd}, title {reading.Title} (runner-up {reading.RunnerUp}, margin {reading.TitleMargin:0.00})");
    for (var k = 0; k < layout.Count; k++)
    {
        var line = layout[k];
        var mark = k == reading.Title ? "T" : reading.IsBody[k] ? "B" : " ";
        var shown = line.Text.Length > 110 ? line.Text[..107] + "..." : line.Text;
        Console.WriteLine($"{k,4} {mark} {first[k],6:0.00} {reading.BodyScores[k],6:0.00} {line.Kind,-17} {shown}");
    }

    var ranks = PageReading.CandidateRanks(layout, reading.IsBody);
    var bodyWords = PageReading.BodyWords(layout, reading.IsBody);
    var squashed = reading.BodyScores.Select(BodyFeatures.Squash).ToArray();
    var candidates = new List<(double Score, int K, string Features)>();
    for (var k = 0; k < layout.Count; k++)
    {
        if (ranks[k] >= 0)
        {
            var recorder = new Recorder();
            TitleFeatures.Compute(layout, k, squashed, reading.IsBody, ranks[k], bodyWords, ref recorder);
            var example = recorder.ToExample(0, 1);
            var named = string.Join(" ", example.Features.Select((f, i) => $"{TitleFeatures.Space.Names[f]}{(example.Values[i] == 1 ? "" : "=" + example.Values[i].ToString("0.00"))}({model.Title[f] * example.Values[i]:0.0})"));
            candidates.Add((Solver.Dot(model.Title, example), k, named));
        }
    }

    foreach (var (score, k, features) in candidates.OrderByDescending(c => c.Score).Take(4))
    {
        Console.WriteLine($"title candidate {k} {score:0.00}: {features}");
    }
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsData.Generators.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}

internal sealed record Args(string Aeb, string? Pool, bool EnglishOnly, bool MenusAboveTitle, int Folds, bool Write, bool Verbose, Settings Settings, string? Explain)
{
    public static Args Parse(string[] args)
    {
        string aeb = "/tmp/newsdata-eval/aeb";
        string? pool = Directory.Exists("/tmp/newsdata-eval/pool") ? "/tmp/newsdata-eval/pool" : null;
        bool englishOnly = true, menusAboveTitle = false;
        int folds = 5;
        bool write = false, verbose = false;
        string? explain = null;
        var settings = new Settings();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--aeb": aeb = args[++i]; break;
                case "--pool": pool = args[++i]; break;
                case "--no-pool": pool = null; break;
                case "--pool-all-languages": englishOnly = false; break;
                case "--pool-weight": settings = settings with { PoolWeight = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--menus-above-title": menusAboveTitle = true; break;
                case "--folds": folds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--write": write = true; break;
                case "--explain": explain = args[++i]; break;
                case "--verbose": verbose = true; break;
                case "--l2": settings = settings with { L2 = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--title-l2": settings = settings with { TitleL2 = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--threshold": settings = settings with { Threshold = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--repository-weight": settings = settings with { RepositoryWeight = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }
        }

        return new Args(aeb, pool, englishOnly, menusAboveTitle, folds, write, verbose, settings, explain);
    }
}
