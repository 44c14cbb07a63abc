using System;
using System.Collections.Generic;

namespace NewsData.LineTraining;

/// <summary>One example: its active features (sparse), its label and its weight.</summary>
internal sealed record Example(int[] Features, double[] Values, double Label, double Weight);

/// <summary>A page's headline candidates; <see cref="Positive"/> marks the ones that are the headline.</summary>
internal sealed record CandidateGroup(List<Example> Candidates, bool[] Positive);

/// <summary>
/// Fits linear models by Newton's method with an L2 penalty: exact, deterministic (no random
/// initialisation or sampling), and quick for a hundred features and tens of thousands of lines.
/// </summary>
internal static class Solver
{
    public static double[] Logistic(IReadOnlyList<Example> examples, int dimension, double l2, int iterations = 30)
    {
        var w = new double[dimension];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[dimension];
            var hessian = new double[dimension, dimension];
            foreach (var e in examples)
            {
                var p = Sigmoid(Dot(w, e));
                var g = e.Weight * (p - e.Label);
                var h = e.Weight * Math.Max(p * (1 - p), 1e-9);
                Accumulate(e, g, h, gradient, hessian);
            }

            if (Step(w, gradient, hessian, l2) < 1e-7)
            {
                break;
            }
        }

        return w;
    }

    /// <summary>
    /// A conditional logit: in each group the candidates' scores are soft-maxed and the positives'
    /// share is maximised. Newton steps on the Gauss-Newton curvature, halved until the loss falls.
    /// </summary>
    public static double[] Ranker(IReadOnlyList<CandidateGroup> groups, int dimension, double l2, int iterations = 60)
    {
        var w = new double[dimension];
        var loss = RankerLoss(groups, w, l2, null, null);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[dimension];
            var hessian = new double[dimension, dimension];
            RankerLoss(groups, w, l2, gradient, hessian);
            for (var i = 0; i < dimension; i++)
            {
                hessian[i, i] += l2;
            }

            var step = Cholesky.Solve(hessian, gradient);
            var scale = 1.0;
            while (scale > 1e-4)
            {
                var trial = new double[dimension];
                for (var i = 0; i < dimension; i++)
                {
                    trial[i] = w[i] - scale * step[i];
                }

                var trialLoss = RankerLoss(groups, trial, l2, null, null);
                if (trialLoss <= loss)
                {
                    var converged = loss - trialLoss < 1e-9 * Math.Max(1, Math.Abs(loss));
                    w = trial;
                    loss = trialLoss;
                    if (converged)
                    {
                        return w;
                    }

                    break;
                }

                scale /= 2;
            }

            if (scale <= 1e-4)
            {
                break;
            }
        }

        return w;
    }

    /// <summary>The ranker's penalised loss; with <paramref name="gradient"/> and <paramref name="hessian"/>, adds both (without the penalty's curvature).</summary>
    private static double RankerLoss(IReadOnlyList<CandidateGroup> groups, double[] w, double l2, double[]? gradient, double[,]? hessian)
    {
        var dimension = w.Length;
        double loss = 0;
        for (var i = 0; i < dimension; i++)
        {
            loss += 0.5 * l2 * w[i] * w[i];
            if (gradient is not null)
            {
                gradient[i] += l2 * w[i];
            }
        }

        foreach (var group in groups)
        {
            var n = group.Candidates.Count;
            var scores = new double[n];
            var max = double.NegativeInfinity;
            for (var c = 0; c < n; c++)
            {
                scores[c] = Dot(w, group.Candidates[c]);
                max = Math.Max(max, scores[c]);
            }

            double all = 0, positive = 0;
            for (var c = 0; c < n; c++)
            {
                var e = Math.Exp(scores[c] - max);
                all += e;
                positive += group.Positive[c] ? e : 0;
            }

            loss += Math.Log(all) - Math.Log(positive);
            if (gradient is null || hessian is null)
            {
                continue;
            }

            var mean = new double[dimension];
            for (var c = 0; c < n; c++)
            {
                var e = Math.Exp(scores[c] - max);
                var p = e / all;
                var q = group.Positive[c] ? e / positive : 0;
                var x = group.Candidates[c];
                for (var i = 0; i < x.Features.Length; i++)
                {
                    gradient[x.Features[i]] += (p - q) * x.Values[i];
                    mean[x.Features[i]] += p * x.Values[i];
                }
            }

            // Gauss-Newton curvature: the covariance of the features under the soft-max.
            for (var c = 0; c < n; c++)
            {
                var p = Math.Exp(scores[c] - max) / all;
                var x = group.Candidates[c];
                for (var i = 0; i < x.Features.Length; i++)
                {
                    for (var j = 0; j < x.Features.Length; j++)
                    {
                        hessian[x.Features[i], x.Features[j]] += p * x.Values[i] * x.Values[j];
                    }
                }
            }

            for (var a = 0; a < dimension; a++)
            {
                if (mean[a] == 0)
                {
                    continue;
                }

                for (var b = 0; b < dimension; b++)
                {
                    hessian[a, b] -= mean[a] * mean[b];
                }
            }
        }

        return loss;
    }

    public static double Dot(double[] w, Example e)
    {
        double sum = 0;
        for (var i = 0; i < e.Features.Length; i++)
        {
            sum += w[e.Features[i]] * e.Values[i];
        }

        return sum;
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static void Accumulate(Example e, double g, double h, double[] gradient, double[,] hessian)
    {
        var f = e.Features;
        var v = e.Values;
        for (var i = 0; i < f.Length; i++)
        {
            gradient[f[i]] += g * v[i];
            for (var j = 0; j < f.Length; j++)
            {
                hessian[f[i], f[j]] += h * v[i] * v[j];
            }
        }
    }

    /// <summary>w -= (H + l2 I)^-1 (g + l2 w); returns the step's largest component.</summary>
    private static double Step(double[] w, double[] gradient, double[,] hessian, double l2)
    {
        var n = w.Length;
        for (var i = 0; i < n; i++)
        {
            gradient[i] += l2 * w[i];
            hessian[i, i] += l2;
        }

        var step = Cholesky.Solve(hessian, gradient);
        var largest = 0.0;
        for (var i = 0; i < n; i++)
        {
            w[i] -= step[i];
            largest = Math.Max(largest, Math.Abs(step[i]));
        }

        return largest;
    }
}

internal static class Cholesky
{
    public static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * x[k];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
