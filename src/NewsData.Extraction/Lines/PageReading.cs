using System.Collections.Generic;

namespace NewsData.Extraction.Lines;

/// <summary>
/// What the line models make of a page: a body score and decision for every non-blank line, and the
/// headline with its closest rival. Lines are addressed by ordinal, as in <see cref="PageLayout"/>.
/// </summary>
internal sealed class PageReading
{
    private PageReading(PageLayout layout, double[] bodyScores, bool[] isBody)
    {
        Layout = layout;
        BodyScores = bodyScores;
        IsBody = isBody;
    }

    public PageLayout Layout { get; }

    /// <summary>The second pass's score of each line; body above the model's threshold.</summary>
    public double[] BodyScores { get; }

    public bool[] IsBody { get; }

    /// <summary>The headline's ordinal, or -1 when no line may be one.</summary>
    public int Title { get; private set; } = -1;

    /// <summary>The next-best headline candidate's ordinal, or -1.</summary>
    public int RunnerUp { get; private set; } = -1;

    /// <summary>How far the headline's score is above the runner-up's (infinite without one).</summary>
    public double TitleMargin { get; private set; } = double.PositiveInfinity;

    /// <summary>Pages with at most this many non-blank lines are short: their text is body by rule.</summary>
    public const int ShortPage = 12;

    /// <summary>Reads the page's lines with the models.</summary>
    /// <param name="lines">The classified lines.</param>
    /// <param name="model">The line models.</param>
    /// <param name="forcedBody">
    /// Lines (by index in <paramref name="lines"/>) that a correction says are body text, whatever the models
    /// make of them; they are never the headline. Null for none.
    /// </param>
    public static PageReading Read(List<LineInfo> lines, LineModel model, bool[]? forcedBody = null)
    {
        var layout = PageLayout.Read(lines);
        var first = FirstPass(layout, model.BodyFirst);
        var (second, isBody) = SecondPass(layout, first, model.BodySecond, model.BodyThreshold);
        var reading = new PageReading(layout, second, isBody);
        reading.Force(forcedBody);
        reading.RankTitles(model, forcedBody);
        reading.KeepShortPage();
        reading.Force(forcedBody); // after the short-page rule too, which rewrites the body lines
        return reading;
    }

    private void Force(bool[]? forcedBody)
    {
        for (var k = 0; forcedBody is not null && k < Layout.Count; k++)
        {
            IsBody[k] |= forcedBody[Layout.Order[k]];
        }
    }

    /// <summary>Every line's first-pass score, squashed into (-1, 1).</summary>
    public static double[] FirstPass(PageLayout layout, double[] weights)
    {
        var trailer = layout.TrailerOrdinal();
        var first = new double[layout.Count];
        for (var k = 0; k < first.Length; k++)
        {
            var sink = new ScoringSink(weights);
            BodyFeatures.FirstPass(layout, k, trailer, ref sink);
            first[k] = BodyFeatures.Squash(sink.Sum);
        }

        return first;
    }

    /// <summary>Every line's second-pass score and whether it is body.</summary>
    /// <remarks>
    /// Rules frame the model's decision. Only text lines with a letter in them are body: the rules'
    /// bylines, dates, captions, credits, menus and furniture never are, nor "4:32" or "1 / 23". A hard-wrapped paragraph is body or not as a whole, by
    /// its lines' mean score. A sentence of prose inside the article's region is body whatever its
    /// score, so the model can drop what surrounds an article but never a paragraph of it. And a short
    /// page (<see cref="ShortPage"/> lines or fewer, as people write them by hand) gives the model too
    /// little to compare: there a text line that ends like a sentence is body by rule before the headline
    /// is ranked, and the model judges the rest (a menu, a label); after the ranking every text line under
    /// the headline and before a trailer heading is body (<see cref="KeepShortPage"/>).
    /// </remarks>
    public static (double[] Scores, bool[] IsBody) SecondPass(PageLayout layout, double[] first, double[] weights, double threshold)
    {
        var count = layout.Count;
        var region = BodyFeatures.Region(layout, first);
        var trailer = layout.TrailerOrdinal();
        var second = new double[count];
        var isBody = new bool[count];
        for (var k = 0; k < count; k++)
        {
            var sink = new ScoringSink(weights);
            BodyFeatures.SecondPass(layout, k, first, region, ref sink);
            second[k] = sink.Sum;
        }

        var k0 = 0;
        while (k0 < count)
        {
            var end = k0 + 1;
            var sum = second[k0];
            while (end < count && layout.WrapStart[end] == k0)
            {
                sum += second[end++];
            }

            var body = layout[k0].Kind == LineKind.Text && layout.Shapes[k0].Letters > 0
                && (count <= ShortPage ? (trailer < 0 || k0 < trailer) && (layout.Shapes[k0].End == LineEnd.Sentence || sum / (end - k0) > threshold)
                    : sum / (end - k0) > threshold || (k0 >= region.Start && k0 <= region.End && layout.IsSentence(k0)));
            for (var j = k0; j < end; j++)
            {
                isBody[j] = body;
            }

            k0 = end;
        }

        return (second, isBody);
    }

    /// <summary>How many headline candidates stand between each line and the first body line below it (-1: not a candidate).</summary>
    public static int[] CandidateRanks(PageLayout layout, bool[] isBody)
    {
        var ranks = new int[layout.Count];
        var counter = 0;
        for (var k = layout.Count - 1; k >= 0; k--)
        {
            if (!TitleFeatures.IsCandidate(layout, k, isBody[k]))
            {
                ranks[k] = -1;
                counter = isBody[k] ? 0 : counter;
                continue;
            }

            ranks[k] = isBody[k] ? 0 : counter;
            counter = isBody[k] ? 0 : counter + 1;
        }

        return ranks;
    }

    /// <summary>The content words of the first few hundred words of body.</summary>
    public static ContentWords BodyWords(PageLayout layout, bool[] isBody)
    {
        const int Limit = 400;
        var words = new ContentWords();
        for (var k = 0; k < layout.Count && words.Count < Limit; k++)
        {
            if (isBody[k])
            {
                words.Add(layout[k].Text, Limit);
            }
        }

        return words;
    }

    private void RankTitles(LineModel model, bool[]? forcedBody)
    {
        var squashed = new double[Layout.Count];
        for (var k = 0; k < squashed.Length; k++)
        {
            squashed[k] = BodyFeatures.Squash(BodyScores[k]);
        }

        var ranks = CandidateRanks(Layout, IsBody);
        var bodyWords = BodyWords(Layout, IsBody);
        double best = double.NegativeInfinity, second = double.NegativeInfinity;
        for (var k = 0; k < Layout.Count; k++)
        {
            if (ranks[k] < 0 || (forcedBody is not null && forcedBody[Layout.Order[k]]))
            {
                continue;
            }

            var sink = new ScoringSink(model.Title);
            TitleFeatures.Compute(Layout, k, squashed, IsBody, ranks[k], bodyWords, ref sink);
            if (sink.Sum > best)
            {
                second = best;
                RunnerUp = Title;
                best = sink.Sum;
                Title = k;
            }
            else if (sink.Sum > second)
            {
                second = sink.Sum;
                RunnerUp = k;
            }
        }

        if (Title >= 0 && best < model.TitleFloor)
        {
            Title = RunnerUp = -1;
            return;
        }

        TitleMargin = RunnerUp < 0 ? double.PositiveInfinity : best - second;
    }

    /// <summary>
    /// A short page (<see cref="ShortPage"/> lines or fewer, as people write them by hand) gives the
    /// body model too little to compare: there every text line under the headline and before a trailer
    /// heading is body, as it always was; what stands above the headline is a section label or a menu.
    /// (Ranked on the body model's reading alone, a short page's headline was a sentence under it; on the
    /// rule's alone, a site menu above it.)
    /// </summary>
    private void KeepShortPage()
    {
        if (Layout.Count > ShortPage)
        {
            return;
        }

        var trailer = Layout.TrailerOrdinal();
        for (var k = 0; k < Layout.Count; k++)
        {
            IsBody[k] = k > Title && (trailer < 0 || k < trailer) && Layout[k].Kind == LineKind.Text && Layout.Shapes[k].Letters > 0;
        }
    }
}
