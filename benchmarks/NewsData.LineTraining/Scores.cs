using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Lines;

namespace NewsData.LineTraining;

/// <summary>
/// Body F1 (pages with a gold body), headline accuracy and body-line accuracy, summed over pages and
/// kept apart by set: the benchmark's development pages are the figure to compare with the held-out
/// part; the pool and the repository's pages are reported beside them.
/// </summary>
internal sealed class Scores
{
    private readonly Dictionary<PageSet, Tally> _sets = new();

    /// <summary>The headline's margin over the runner-up on each benchmark page with a title, and whether the headline was right.</summary>
    public List<(double Margin, bool Right)> Margins { get; } = new();

    public Tally this[PageSet set] => _sets.TryGetValue(set, out var tally) ? tally : _sets[set] = new Tally();

    public void Add(TrainingPage page, PageReading reading, bool verbose)
    {
        var tally = this[page.Set];
        var layout = reading.Layout;
        var bodyLines = new List<string>();
        var allRight = true;
        for (var k = 0; k < layout.Count; k++)
        {
            var isBody = reading.IsBody[k] && k != reading.Title;
            if (isBody)
            {
                bodyLines.Add(layout[k].Text);
            }

            if (page.Body[k] >= 0)
            {
                tally.Lines++;
                var right = isBody == (page.Body[k] == 1);
                if (!right && verbose && page.Set == PageSet.Repository)
                {
                    Console.WriteLine($"    {page.Id} line {k}: {(isBody ? "body, should not be" : "not body, should be")}: {Short(layout[k].Text)}");
                }

                tally.LinesRight += right ? 1 : 0;
                allRight &= right;
            }
        }

        var title = reading.Title < 0 ? "" : HeadlineText.Of(layout[reading.Title]);
        var titleRight = page.GoldTitle is null ? reading.Title < 0 : TrainingPage.Normalize(title) == TrainingPage.Normalize(page.GoldTitle);
        if (page.GoldBody is not null)
        {
            var (precision, recall) = tally.Body.Add(page.GoldBody, string.Join("\n", bodyLines));
            if (verbose && precision + recall < 1.8)
            {
                Console.WriteLine($"  {page.Id}: body P {precision:0.00} R {recall:0.00}");
            }
        }

        // Headlines count where the gold headline is a line of the page (pool and benchmark) or on every own page.
        if (page.Set == PageSet.Repository || (page.GoldTitle is not null && (page.Set == PageSet.Benchmark || page.IsTitle.Any(t => t))))
        {
            tally.Titles++;
            tally.TitlesRight += titleRight ? 1 : 0;
            if (page.Set == PageSet.Benchmark)
            {
                Margins.Add((reading.TitleMargin, titleRight));
            }
        }

        if (page.Set == PageSet.Repository)
        {
            tally.Pages++;
            tally.BodiesRight += allRight ? 1 : 0;
        }

        if (verbose && (!titleRight || (page.Set == PageSet.Repository && !allRight)))
        {
            var gold = Enumerable.Range(0, layout.Count).Where(k => page.IsTitle[k]).Select(k => $"{k}:{layout[k].Kind}{(reading.IsBody[k] ? ":body" : "")}");
            Console.WriteLine($"  {page.Id}: title {(titleRight ? "right" : $"{reading.Title}:'{Short(title)}' for '{Short(page.GoldTitle ?? "")}' at [{string.Join(",", gold)}]")}, body lines {(allRight ? "right" : "wrong")}");
        }
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";

    public override string ToString() => string.Join("\n    ", _sets.OrderBy(s => s.Key).Select(s => $"{s.Key,-10} {s.Value}"));

    internal sealed class Tally
    {
        public BodyMetric Body { get; } = new();

        public int Titles, TitlesRight, Lines, LinesRight, Pages, BodiesRight;

        public override string ToString() =>
            (Body.Count > 0 ? $"body F1 {Body.F1:0.0000} (P {Body.Precision:0.000} R {Body.Recall:0.000}, {Body.Count} pages), " : "")
            + $"title {TitlesRight}/{Titles} ({(double)TitlesRight / Math.Max(1, Titles):0.000}), lines {(double)LinesRight / Math.Max(1, Lines):0.0000}"
            + (Pages > 0 ? $", all body lines right {BodiesRight}/{Pages}" : "");
    }
}
