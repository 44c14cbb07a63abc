using System;
using System.Collections.Generic;

namespace NewsData.LineTraining;

/// <summary>
/// The article-extraction-benchmark's body metric (as benchmarks/eval/pages/score.py restates it):
/// runs of four \w+ tokens, per-page true and false positives as multiset overlaps normalised to sum
/// to 1, precision and recall averaged over pages, F1 of the two averages.
/// </summary>
internal sealed class BodyMetric
{
    private readonly List<double> _precisions = new();
    private readonly List<double> _recalls = new();

    public (double Precision, double Recall) Add(string gold, string predicted)
    {
        Count++;
        var truth = Shingles(gold);
        var guess = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        var keys = new HashSet<string>(truth.Keys);
        keys.UnionWith(guess.Keys);
        foreach (var key in keys)
        {
            truth.TryGetValue(key, out var t);
            guess.TryGetValue(key, out var p);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }

        var sum = tp + fp + fn;
        if (sum > 0)
        {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }

        var precision = tp + fp > 0 ? (fp == 0 && fn == 0 ? 1 : tp / (tp + fp)) : double.NaN;
        var recall = tp + fn > 0 ? (fp == 0 && fn == 0 ? 1 : tp / (tp + fn)) : double.NaN;
        if (!double.IsNaN(precision))
        {
            _precisions.Add(precision);
        }

        if (!double.IsNaN(recall))
        {
            _recalls.Add(recall);
        }

        return (precision, recall);
    }

    /// <summary>How many pages were added.</summary>
    public int Count { get; private set; }

    public double Precision => Mean(_precisions);

    public double Recall => Mean(_recalls);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Mean(List<double> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return values.Count == 0 ? 0 : sum / values.Count;
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = TrainingPage.Tokens(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Length - 3); i++)
        {
            var length = Math.Min(4, tokens.Length - i);
            if (length <= 0)
            {
                break;
            }

            var key = string.Join(" ", tokens, i, length);
            result[key] = result.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        return result;
    }
}
