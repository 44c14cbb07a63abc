using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Evaluation;

/// <summary>
/// Scores extraction against hand-annotated articles (TestData/Annotated/NAME.txt with NAME.annotations.json).
/// An entity counts when its kind matches and the annotated name is its name or one of its aliases
/// (case and diacritics folded). A quote counts when its kind, its words (normalised; indirect quotes may
/// differ by up to a fifth of their words) and its speaker all match. Each prediction matches at most once.
/// </summary>
public static class Evaluator
{
    public static readonly string[] EntityKinds = { "person", "organization", "location", "other" };
    public static readonly string[] QuoteKinds = { "direct", "partial", "indirect" };

    public static Dictionary<string, Scores> Evaluate(string folder, TextWriter? log = null)
    {
        var totals = EntityKinds.Concat(QuoteKinds).Concat(new[] { "entities", "quotes" }).ToDictionary(k => k, _ => new Scores());
        foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = SourceDecoder.Decode(File.ReadAllBytes(file));
            var article = ArticleExtractor.Extract(file, text).Article;
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(file, ".annotations.json")));
            ScoreEntities(article, gold.RootElement.GetProperty("entities"), totals, Path.GetFileName(file), log);
            ScoreQuotes(article, gold.RootElement.GetProperty("quotes"), totals, Path.GetFileName(file), log);
        }

        foreach (var kind in EntityKinds)
        {
            totals["entities"].Add(totals[kind]);
        }

        foreach (var kind in QuoteKinds)
        {
            totals["quotes"].Add(totals[kind]);
        }

        return totals;
    }

    public static string Table(Dictionary<string, Scores> scores)
    {
        var builder = new StringBuilder();
        builder.AppendLine("| category | TP | FP | FN | precision | recall | F1 |");
        builder.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, score) in scores)
        {
            builder.AppendLine($"| {name} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.Precision:0.00} | {score.Recall:0.00} | {score.F1:0.00} |");
        }

        return builder.ToString();
    }

    private static void ScoreEntities(Article? article, JsonElement gold, Dictionary<string, Scores> totals, string file, TextWriter? log)
    {
        var predicted = (article?.Entities ?? Array.Empty<Entity>()).ToList();
        foreach (var expected in gold.EnumerateArray())
        {
            var kind = expected.GetProperty("kind").GetString()!;
            var name = EntityRecognizer.Fold(expected.GetProperty("name").GetString()!);
            var match = predicted.FirstOrDefault(p => KindName(p.Kind) == kind && Names(p).Contains(name));
            if (match is null)
            {
                totals[kind].FalseNegatives++;
                log?.WriteLine($"{file}: missed {kind} {expected.GetProperty("name").GetString()}");
            }
            else
            {
                totals[kind].TruePositives++;
                predicted.Remove(match);
            }
        }

        foreach (var extra in predicted)
        {
            totals[KindName(extra.Kind)].FalsePositives++;
            log?.WriteLine($"{file}: extra {KindName(extra.Kind)} {extra.Name}");
        }
    }

    private static void ScoreQuotes(Article? article, JsonElement gold, Dictionary<string, Scores> totals, string file, TextWriter? log)
    {
        var predicted = (article?.Quotes ?? Array.Empty<Quote>()).ToList();
        foreach (var expected in gold.EnumerateArray())
        {
            var kind = expected.GetProperty("kind").GetString()!;
            var text = expected.GetProperty("text").GetString()!;
            var speaker = expected.GetProperty("speaker").GetString();
            var match = predicted.FirstOrDefault(p => p.Kind.ToString().ToLowerInvariant() == kind && SameWords(p.Text, text, kind == "indirect")
                && (speaker is null ? p.Speaker is null : p.Speaker is not null && Names(p.Speaker).Contains(EntityRecognizer.Fold(speaker))));
            if (match is null)
            {
                totals[kind].FalseNegatives++;
                log?.WriteLine($"{file}: missed {kind} quote by {speaker ?? "nobody"}: {text}");
            }
            else
            {
                totals[kind].TruePositives++;
                predicted.Remove(match);
            }
        }

        foreach (var extra in predicted)
        {
            totals[extra.Kind.ToString().ToLowerInvariant()].FalsePositives++;
            log?.WriteLine($"{file}: extra {extra.Kind.ToString().ToLowerInvariant()} quote by {extra.Speaker?.Name ?? "nobody"}: {extra.Text}");
        }
    }

    private static HashSet<string> Names(Entity entity) =>
        new(new[] { entity.Name }.Concat(entity.Aliases).Select(EntityRecognizer.Fold).Select(n => n.StartsWith("the ", StringComparison.Ordinal) ? n.Substring(4) : n)
            .Concat(new[] { EntityRecognizer.Fold(entity.Name) }));

    private static bool SameWords(string predicted, string expected, bool loose)
    {
        var a = Words(predicted);
        var b = Words(expected);
        if (a.SequenceEqual(b))
        {
            return true;
        }

        if (!loose || a.Count + b.Count == 0)
        {
            return false;
        }

        var shared = a.Intersect(b).Count();
        return 2.0 * shared / (a.Distinct().Count() + b.Distinct().Count()) >= 0.8;
    }

    private static List<string> Words(string text) =>
        Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.IsWord || t.Kind == TokenKind.Number).Select(t => EntityRecognizer.Fold(t.Text)).ToList();

    private static string KindName(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
