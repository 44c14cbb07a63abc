using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Entities.Tagging;
using NewsData.TaggerTraining;

// Trains and scores the name tagger (docs/evaluation.md, "The name tagger"):
//   dotnet run -c Release --project benchmarks/NewsData.TaggerTraining -- common-words DATA src/NewsData.Extraction/Gazetteers/common-words.tsv
//   dotnet run -c Release --project benchmarks/NewsData.TaggerTraining -- train DATA OUT.bin [epochs]
//   dotnet run -c Release --project benchmarks/NewsData.TaggerTraining -- score DATA MODEL.bin dev|heldout|train|all
//   dotnet run -c Release --project benchmarks/NewsData.TaggerTraining -- score-conll FILE MODEL.bin
//   dotnet run -c Release --project benchmarks/NewsData.TaggerTraining -- load-time
// DATA: the folder built by benchmarks/eval/ner/build.sh (never committed: see docs/data-sources.md).
var command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "train":
    {
        var documents = NerCorpus.ReadFolder(args[1]);
        var train = documents.Where(d => d.Part == "train").ToList();
        PrintSplit(documents);
        var epochs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 8;
        var perceptron = new Perceptron();
        perceptron.Train(train, epochs, seed: 20);
        var features = perceptron.Averaged(threshold: 0.01f);
        using (var file = File.Create(args[2]))
        {
            TaggerModel.Write(file, features);
        }

        Console.WriteLine($"wrote {features.Count} features to {args[2]} ({new FileInfo(args[2]).Length:N0} bytes)");
        break;
    }

    case "score":
    {
        // "all": every document, for corpora scored for information only (never trained on).
        var documents = NerCorpus.ReadFolder(args[1]).Where(d => args[3] == "all" || d.Part == args[3]).ToList();
        Score(documents, args[2], $"{args[3]} part of the training corpus");
        break;
    }

    case "score-conll":
        Score(NerCorpus.ReadColumns(args[1], "conll", tagColumn: -1), args[2], Path.GetFileName(args[1]));
        break;

    case "load-time":
    {
        // What the compiler pays once: reading the embedded weights and the name lists, in a fresh process.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var model = TaggerModel.Default;
        var modelTime = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var given = NameLists.Default.IsGivenName("Anna");
        var listsTime = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var gazetteer = Gazetteer.Default.Find("Mumbai");
        var gazetteerTime = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine($"first load: model {modelTime:0.0} ms ({model?.FeatureCount} features), name lists {listsTime:0.0} ms ({given}), gazetteer {gazetteerTime:0.0} ms ({gazetteer?.Kind})");
        break;
    }

    case "common-words":
        CommonWords.Write(NerCorpus.ReadFolder(args[1]).Where(d => d.Corpus == "gmb" && d.Part == "train"), args[2]);
        break;

    default:
        Console.WriteLine("common-words DATA OUT.tsv | train DATA OUT.bin [epochs] | score DATA MODEL.bin dev|heldout|train|all | score-conll FILE MODEL.bin");
        break;
}

static void PrintSplit(List<NerDocument> documents)
{
    foreach (var group in documents.GroupBy(d => (d.Corpus, d.Part)).OrderBy(g => g.Key.Corpus).ThenBy(g => g.Key.Part))
    {
        Console.Error.WriteLine($"{group.Key.Corpus} {group.Key.Part}: {group.Count()} documents, {group.Sum(d => d.Sentences.Sum(s => s.Count))} tokens");
    }
}

static void Score(List<NerDocument> documents, string modelPath, string title)
{
    using var stream = File.OpenRead(modelPath);
    var model = TaggerModel.Read(stream);
    var lexemes = new Dictionary<string, Lexeme>(StringComparer.Ordinal);
    var counts = new int[5, 3]; // kind × (TP, FP, FN)
    var tokensTagged = 0;
    foreach (var (sentence, history) in documents.SelectMany(d => { var history = new NameHistory(); return d.Sentences.Select(s => (s, history)); }))
    {
        var (tokens, goldTags) = Tokens.Of(sentence, lexemes);
        var tags = new NameTag[tokens.Count];
        NameTagger.Tag(model, tokens, tags, history);
        tokensTagged += tokens.Count;
        var predicted = NameTagger.Spans(tags, tags.Length);
        var gold = NameTagger.Spans(goldTags, goldTags.Length);
        foreach (var span in predicted)
        {
            counts[span.Kind, gold.Contains(span) ? 0 : 1]++;
        }

        foreach (var span in gold.Where(g => !predicted.Contains(g)))
        {
            counts[span.Kind, 2]++;
        }

        if (Environment.GetEnvironmentVariable("TAGGER_SHOW_ERRORS") == "1")
        {
            foreach (var span in predicted.Where(p => !gold.Contains(p)))
            {
                Console.Error.WriteLine($"extra {span.Kind}: {string.Join(" ", tokens.Skip(span.Start).Take(span.End - span.Start).Select(t => t.Text))}");
            }

            foreach (var span in gold.Where(g => !predicted.Contains(g)))
            {
                Console.Error.WriteLine($"missed {span.Kind}: {string.Join(" ", tokens.Skip(span.Start).Take(span.End - span.Start).Select(t => t.Text))}");
            }
        }
    }

    Console.WriteLine($"## {title}: {documents.Count} documents, {tokensTagged} tokens (exact spans)");
    Console.WriteLine();
    Console.WriteLine("| kind | TP | FP | FN | precision | recall | F1 |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    int tp = 0, fp = 0, fn = 0;
    foreach (var (kind, name) in new[] { (1, "person"), (2, "organization"), (3, "location"), (4, "other (MISC)") })
    {
        Row(name, counts[kind, 0], counts[kind, 1], counts[kind, 2]);
        if (kind < 4)
        {
            (tp, fp, fn) = (tp + counts[kind, 0], fp + counts[kind, 1], fn + counts[kind, 2]);
        }
    }

    Row("person + organization + location", tp, fp, fn);
}

static void Row(string name, int tp, int fp, int fn)
{
    double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
    var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    Console.WriteLine($"| {name} | {tp} | {fp} | {fn} | {p:0.00} | {r:0.00} | {f:0.00} |");
}
