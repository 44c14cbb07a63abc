using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Lines;

namespace NewsData.LineTraining;

/// <summary>Settings of one training run (chosen by cross-validation on the development pages).</summary>
internal sealed record Settings(double L2 = 10.0, double TitleL2 = 1.0, double Threshold = 0.0, int InnerFolds = 4, double RepositoryWeight = 10.0, int LinesPerPage = 200, double TitleMargin = 0.5, double PoolWeight = 1.0);

/// <summary>
/// Trains the two body passes and the headline ranker. The second pass learns from first-pass
/// scores the first pass did not see the page for (inner cross-validation), as it will meet them on
/// new pages; the ranker learns from second-pass decisions made the same way.
/// </summary>
internal static class Pipeline
{
    public static LineModel Train(IReadOnlyList<TrainingPage> pages, Settings settings)
    {
        var first = Solver.Logistic(FirstPassExamples(pages, settings), BodyFeatures.First.Count, settings.L2);
        var outOfFold = OutOfFoldFirstPass(pages, settings);
        var second = Solver.Logistic(SecondPassExamples(pages, outOfFold, settings), BodyFeatures.Second.Count, settings.L2);
        var groups = TitleGroups(pages, outOfFold, second, settings);
        var title = Solver.Ranker(groups, TitleFeatures.Space.Count, settings.TitleL2);
        if (Environment.GetEnvironmentVariable("LINE_DEBUG") is not null)
        {
            var right = groups.Count(g => { var best = 0; for (var c = 1; c < g.Candidates.Count; c++) if (Solver.Dot(title, g.Candidates[c]) > Solver.Dot(title, g.Candidates[best])) best = c; return g.Positive[best]; });
            Console.WriteLine($"title groups {groups.Count} of {pages.Count(p => p.IsTitle.Any(t => t))} titled pages; ranker right on {right}");
        }
        return new LineModel(first, second, title, Parameters(settings));
    }

    public static Dictionary<string, double> Parameters(Settings settings) => new() { ["body-threshold"] = settings.Threshold, ["title-margin"] = settings.TitleMargin };

    /// <summary>Folds by site: a page's fold is the hash of its group, so one site never straddles two folds.</summary>
    public static int FoldOf(TrainingPage page, int folds)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (var c in page.Group)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash % (uint)folds);
        }
    }

    private static double LineWeight(TrainingPage page, Settings settings)
    {
        var labelled = page.Body.Count(b => b >= 0);
        var weight = labelled <= settings.LinesPerPage ? 1.0 : (double)settings.LinesPerPage / labelled;
        return page.Set switch
        {
            PageSet.Repository => weight * settings.RepositoryWeight,
            PageSet.Pool => weight * settings.PoolWeight,
            _ => weight,
        };
    }

    private static List<Example> FirstPassExamples(IReadOnlyList<TrainingPage> pages, Settings settings)
    {
        var examples = new List<Example>();
        foreach (var page in pages)
        {
            var weight = LineWeight(page, settings);
            var trailer = page.Layout.TrailerOrdinal();
            for (var k = 0; k < page.Layout.Count; k++)
            {
                if (page.Body[k] < 0)
                {
                    continue;
                }

                var recorder = new Recorder();
                BodyFeatures.FirstPass(page.Layout, k, trailer, ref recorder);
                examples.Add(recorder.ToExample(page.Body[k], weight));
            }
        }

        return examples;
    }

    /// <summary>Each page's squashed first-pass scores from a first pass trained without its fold.</summary>
    private static Dictionary<TrainingPage, double[]> OutOfFoldFirstPass(IReadOnlyList<TrainingPage> pages, Settings settings)
    {
        var result = new Dictionary<TrainingPage, double[]>();
        for (var fold = 0; fold < settings.InnerFolds; fold++)
        {
            var train = pages.Where(p => FoldOf(p, settings.InnerFolds) != fold).ToList();
            var w = Solver.Logistic(FirstPassExamples(train, settings), BodyFeatures.First.Count, settings.L2);
            foreach (var page in pages.Where(p => FoldOf(p, settings.InnerFolds) == fold))
            {
                result[page] = FirstScores(page.Layout, w);
            }
        }

        return result;
    }

    public static double[] FirstScores(PageLayout layout, double[] w) => PageReading.FirstPass(layout, w);

    private static List<Example> SecondPassExamples(IReadOnlyList<TrainingPage> pages, Dictionary<TrainingPage, double[]> first, Settings settings)
    {
        var examples = new List<Example>();
        foreach (var page in pages)
        {
            var weight = LineWeight(page, settings);
            var region = BodyFeatures.Region(page.Layout, first[page]);
            for (var k = 0; k < page.Layout.Count; k++)
            {
                if (page.Body[k] < 0)
                {
                    continue;
                }

                var recorder = new Recorder();
                BodyFeatures.SecondPass(page.Layout, k, first[page], region, ref recorder);
                examples.Add(recorder.ToExample(page.Body[k], weight));
            }
        }

        return examples;
    }

    private static List<CandidateGroup> TitleGroups(IReadOnlyList<TrainingPage> pages, Dictionary<TrainingPage, double[]> first, double[] second, Settings settings)
    {
        var groups = new List<CandidateGroup>();
        foreach (var page in pages)
        {
            if (!page.IsTitle.Any(t => t))
            {
                continue;
            }

            var layout = page.Layout;
            var (scores, isBody) = PageReading.SecondPass(layout, first[page], second, settings.Threshold);
            var squashed = scores.Select(BodyFeatures.Squash).ToArray();
            var ranks = PageReading.CandidateRanks(layout, isBody);
            var bodyWords = PageReading.BodyWords(layout, isBody);
            var candidates = new List<Example>();
            var positive = new List<bool>();
            for (var k = 0; k < layout.Count; k++)
            {
                if (ranks[k] < 0)
                {
                    continue;
                }

                var recorder = new Recorder();
                TitleFeatures.Compute(layout, k, squashed, isBody, ranks[k], bodyWords, ref recorder);
                candidates.Add(recorder.ToExample(page.IsTitle[k] ? 1 : 0, 1));
                positive.Add(page.IsTitle[k]);
            }

            if (positive.Contains(true))
            {
                groups.Add(new CandidateGroup(candidates, positive.ToArray()));
            }
        }

        return groups;
    }
}
