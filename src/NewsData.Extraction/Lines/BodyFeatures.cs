using System;

namespace NewsData.Extraction.Lines;

/// <summary>
/// The features of the body model, which tells article text from everything else on a page. The
/// first pass reads a line, its neighbours and where it stands against the page's main block of
/// prose; the second pass adds what the first pass made of the lines around it (the "context"
/// step of boilerplate removers such as jusText), so a short subheading between two paragraphs
/// reads as body and a lone long line inside a menu does not.
/// </summary>
internal static class BodyFeatures
{
    public static readonly FeatureSpace First = new();
    public static readonly FeatureSpace Second = new();

    private static readonly int Bias = First.One("bias");
    private static readonly int WordBuckets = First.Many("words", 10);
    private static readonly int CharBuckets = First.Many("chars", 6);
    private static readonly int LongTokens = First.One("long-tokens");
    private static readonly int Ends = First.Many("end", 6);
    private static readonly int Starts = First.Many("start", 6);
    private static readonly int CapitalRatio = First.Many("capitalised", 5);
    private static readonly int ShortCapitalised = First.Many("short-capitalised", 2);
    private static readonly int MostlyAllCaps = First.One("all-caps");
    private static readonly int FunctionRatio = First.Many("function-words", 6);
    private static readonly int FurnitureWords = First.Many("furniture-words", 3);
    private static readonly int InnerSentences = First.Many("inner-sentences", 3);
    private static readonly int Commas = First.Many("commas", 3);
    private static readonly int Digits = First.One("digits");
    private static readonly int Separators = First.One("separators");
    private static readonly int Kinds = First.Many("kind", KindCount);
    private static readonly int Spacing = First.Many("spacing", 7);
    private static readonly int ProseSpacing = First.Many("prose-spacing", 7);
    private static readonly int Repeated = First.Many("repeated", 2);
    private static readonly int Doubled = First.One("doubled");
    private static readonly int PreviousWords = First.Many("previous-words", 5);
    private static readonly int NextWords = First.Many("next-words", 5);
    private static readonly int PreviousSentence = First.One("previous-sentence");
    private static readonly int NextSentence = First.One("next-sentence");
    private static readonly int PreviousKind = First.Many("previous-kind", 3);
    private static readonly int NextKind = First.Many("next-kind", 3);
    private static readonly int InBlock = First.One("in-block");
    private static readonly int BeforeBlock = First.Many("before-block", 5);
    private static readonly int AfterBlock = First.Many("after-block", 5);
    private static readonly int NoBlock = First.One("no-block");
    private static readonly int Position = First.Many("position", 5);
    private static readonly int AfterTrailer = First.One("after-trailer");
    private static readonly int InBlockShort = First.Many("in-block-short", 3);
    private static readonly int PageSize = First.Many("page-size", 5);
    private static readonly int SmallPageProse = First.One("small-page-prose");
    private static readonly int SmallPageInBlock = First.One("small-page-in-block");

    private static readonly int Bias2 = Second.One("bias");
    private static readonly int Own = Second.One("own");
    private static readonly int OwnBuckets = Second.Many("own-bucket", 6);
    private static readonly int Neighbour = Second.Many("neighbour", 4);
    private static readonly int WindowMean = Second.Many("window-mean", 2);
    private static readonly int BothSides = Second.Many("both-sides-body", 3);
    private static readonly int ShortBetween = Second.Many("short-between-body", 3);
    private static readonly int Kinds2 = Second.Many("kind", KindCount);
    private static readonly int Words2 = Second.Many("words", 4);
    private static readonly int InRegion = Second.Many("in-region", 3);
    private static readonly int PageSize2 = Second.Many("page-size", 5);
    private static readonly int SmallPageText = Second.One("small-page-text");
    private static readonly int BeforeRegion = Second.Many("before-region", 5);
    private static readonly int AfterRegion = Second.Many("after-region", 5);


    private const int KindCount = (int)LineKind.Text + 1;

    /// <summary>The first pass's features of the line at <paramref name="k"/>.</summary>
    public static void FirstPass<TSink>(PageLayout page, int k, int trailerOrdinal, ref TSink sink) where TSink : struct, IFeatureSink
    {
        var shape = page.Shapes[k];
        var line = page[k];
        sink.Add(Bias, 1);
        sink.Add(WordBuckets + WordBucket(shape.Words), 1);
        sink.Add(CharBuckets + CharBucket(shape.Chars), 1);
        if (shape.Words > 0 && shape.Chars / shape.Words > 12)
        {
            sink.Add(LongTokens, 1);
        }

        sink.Add(Ends + (int)shape.End, 1);
        sink.Add(Starts + (int)shape.Start, 1);
        if (shape.Words >= 3)
        {
            var ratio = (double)shape.Capitalized / shape.Words;
            sink.Add(CapitalRatio + (ratio < 0.25 ? 0 : ratio < 0.5 ? 1 : ratio < 0.75 ? 2 : ratio < 0.95 ? 3 : 4), 1);
            var function = (double)shape.FunctionWords / shape.Words;
            sink.Add(FunctionRatio + (shape.FunctionWords == 0 ? 0 : function < 0.1 ? 1 : function < 0.2 ? 2 : function < 0.3 ? 3 : function < 0.4 ? 4 : 5), 1);
        }
        else
        {
            sink.Add(ShortCapitalised + (shape.Capitalized == shape.Words ? 1 : 0), 1);
        }

        if (shape.Words >= 2 && shape.AllCaps * 2 >= shape.Words)
        {
            sink.Add(MostlyAllCaps, 1);
        }

        if (shape.Words <= 20)
        {
            sink.Add(FurnitureWords + Math.Min(shape.FurnitureWords, 2), 1);
        }

        sink.Add(InnerSentences + Math.Min(shape.InnerSentences, 2), 1);
        sink.Add(Commas + (shape.Commas == 0 ? 0 : shape.Commas <= 2 ? 1 : 2), 1);
        if (shape.Digits * 10 > (shape.Digits + shape.Letters) * 3)
        {
            sink.Add(Digits, 1);
        }

        if (shape.Separators > 0)
        {
            sink.Add(Separators, 1);
        }

        sink.Add(Kinds + (int)line.Kind, 1);
        var before = page.BlankBefore[k];
        var after = page.BlankAfter[k];
        // Paragraphs stand between blank lines in most scrapes, menus in long runs without them; but some
        // pages print their paragraphs without blank lines, so prose has its own weights for this.
        var spacing = before && after ? 0 : before ? 1 : after ? 2 : 3 + RunBucket(page.RunLength[k]);
        sink.Add((page.IsProse(k) ? ProseSpacing : Spacing) + spacing, 1);
        if (page.Repeats[k] > 1)
        {
            sink.Add(Repeated + (page.Repeats[k] > 2 ? 1 : 0), 1);
        }

        if (line.WasDoubled)
        {
            sink.Add(Doubled, 1);
        }

        Neighbour1(page, k - 1, PreviousWords, PreviousSentence, PreviousKind, ref sink);
        Neighbour1(page, k + 1, NextWords, NextSentence, NextKind, ref sink);

        if (page.BlockStart < 0)
        {
            sink.Add(NoBlock, 1);
        }
        else if (k < page.BlockStart)
        {
            sink.Add(BeforeBlock + DistanceBucket(page.BlockStart - k), 1);
        }
        else if (k > page.BlockEnd)
        {
            sink.Add(AfterBlock + DistanceBucket(k - page.BlockEnd), 1);
        }
        else
        {
            sink.Add(InBlock, 1);
            sink.Add(InBlockShort + (shape.Words <= 3 ? 0 : shape.Words <= 10 ? 1 : 2), 1);
        }

        // Where a line stands says something on a long page (menus first, footers last), nothing on a short one.
        if (page.Count > 30)
        {
            sink.Add(Position + Math.Min(4, k * 5 / page.Count), 1);
        }

        // Pages written or cleaned by hand are short and mostly article: what is prose there is body.
        var size = page.Count;
        sink.Add(PageSize + (size <= 12 ? 0 : size <= 30 ? 1 : size <= 80 ? 2 : size <= 200 ? 3 : 4), 1);
        if (size <= 30 && page.IsProse(k))
        {
            sink.Add(SmallPageProse, 1);
        }

        if (size <= 30 && k >= page.BlockStart && k <= page.BlockEnd)
        {
            sink.Add(SmallPageInBlock, 1);
        }
        if (trailerOrdinal >= 0 && k > trailerOrdinal)
        {
            sink.Add(AfterTrailer, 1);
        }
    }

    /// <summary>
    /// The second pass's features of the line at <paramref name="k"/>, given every line's first-pass
    /// score squashed into (-1, 1) (<see cref="Squash"/>).
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="k">The line's ordinal.</param>
    /// <param name="first">Every line's squashed first-pass score.</param>
    /// <param name="region">The article's region: the run of lines whose first-pass scores add up most (<see cref="Region"/>).</param>
    /// <param name="sink">Receives the features.</param>
    public static void SecondPass<TSink>(PageLayout page, int k, double[] first, (int Start, int End) region, ref TSink sink) where TSink : struct, IFeatureSink
    {
        var own = first[k];
        sink.Add(Bias2, 1);
        sink.Add(Own, own);
        sink.Add(OwnBuckets + Math.Min(5, (int)((own + 1) * 3)), 1);
        // Beyond the page's edges the neighbours are neither body nor furniture: 0.
        sink.Add(Neighbour + 0, k > 0 ? first[k - 1] : 0);
        sink.Add(Neighbour + 1, k + 1 < page.Count ? first[k + 1] : 0);
        sink.Add(Neighbour + 2, k > 1 ? first[k - 2] : 0);
        sink.Add(Neighbour + 3, k + 2 < page.Count ? first[k + 2] : 0);
        sink.Add(WindowMean + 0, Mean(first, k - 3, k + 3, k));
        sink.Add(WindowMean + 1, Mean(first, k - 10, k + 10, k));
        var bodyBefore = NearestBody(first, k, -1, 3);
        var bodyAfter = NearestBody(first, k, +1, 3);
        var both = bodyBefore && bodyAfter ? 2 : bodyBefore || bodyAfter ? 1 : 0;
        sink.Add(BothSides + both, 1);
        var words = page.Shapes[k].Words;
        if (words <= 10)
        {
            sink.Add(ShortBetween + both, 1);
        }

        sink.Add(Kinds2 + (int)page[k].Kind, 1);
        sink.Add(Words2 + (words <= 3 ? 0 : words <= 10 ? 1 : words <= 25 ? 2 : 3), 1);
        var size = page.Count;
        sink.Add(PageSize2 + (size <= 12 ? 0 : size <= 30 ? 1 : size <= 80 ? 2 : size <= 200 ? 3 : 4), 1);
        if (size <= 12 && words >= 4 && page[k].Kind == LineKind.Text)
        {
            sink.Add(SmallPageText, 1);
        }

        if (k < region.Start)
        {
            sink.Add(BeforeRegion + DistanceBucket(region.Start - k), 1);
        }
        else if (k > region.End)
        {
            sink.Add(AfterRegion + DistanceBucket(k - region.End), 1);
        }
        else
        {
            sink.Add(InRegion + (words <= 3 ? 0 : words <= 10 ? 1 : 2), 1);
        }
    }

    /// <summary>
    /// The article's region after the first pass: the run of lines whose scores add up most (the
    /// maximum-sum segment). Text lines count with their squashed first-pass score. The lines the
    /// rules recognised (captions, credits, bylines, "Advertisement") are never body but stand inside
    /// articles all the time, so they cost little; a trailer heading costs more. A related-links box
    /// inside an article costs less than the paragraphs after it bring, so the region spans it; the
    /// menus above and the link lists below fall outside.
    /// </summary>
    public static (int Start, int End) Region(PageLayout page, double[] first)
    {
        double best = 0, sum = 0;
        int start = 0, bestStart = 0, bestEnd = -1;
        for (var k = 0; k < first.Length; k++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = k;
            }

            var kind = page[k].Kind;
            sum += kind == LineKind.Text ? first[k] : kind == LineKind.TrailerHeading ? -0.5 : -0.1;
            if (sum > best)
            {
                best = sum;
                bestStart = start;
                bestEnd = k;
            }
        }

        return (bestStart, bestEnd);
    }

    /// <summary>A score squashed into (-1, 1) with arithmetic only (x / (1 + |x|)), so it is the same on every machine.</summary>
    public static double Squash(double score) => score / (1 + Math.Abs(score));

    private static void Neighbour1<TSink>(PageLayout page, int j, int words, int sentence, int kind, ref TSink sink) where TSink : struct, IFeatureSink
    {
        if (j < 0 || j >= page.Count)
        {
            sink.Add(words + 4, 1);
            return;
        }

        var shape = page.Shapes[j];
        sink.Add(words + (shape.Words <= 3 ? 0 : shape.Words <= 10 ? 1 : shape.Words <= 25 ? 2 : 3), 1);
        if (shape.End == LineEnd.Sentence)
        {
            sink.Add(sentence, 1);
        }

        sink.Add(kind + KindGroup(page[j].Kind), 1);
    }

    /// <summary>0: text; 1: furniture (junk, menus, trailer headings); 2: header and image lines (bylines, dates, URLs, credits).</summary>
    private static int KindGroup(LineKind kind) => kind switch
    {
        LineKind.Text => 0,
        LineKind.Junk or LineKind.Navigation or LineKind.TrailerHeading => 1,
        _ => 2,
    };

    private static bool NearestBody(double[] first, int k, int step, int reach)
    {
        for (var j = k + step; j >= 0 && j < first.Length && Math.Abs(j - k) <= reach; j += step)
        {
            if (first[j] > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static double Mean(double[] values, int from, int to, int except)
    {
        double sum = 0;
        var n = 0;
        for (var j = Math.Max(0, from); j <= Math.Min(values.Length - 1, to); j++)
        {
            if (j != except)
            {
                sum += values[j];
                n++;
            }
        }

        return n == 0 ? 0 : sum / n;
    }

    private static int WordBucket(int words) =>
        words <= 1 ? 0 : words == 2 ? 1 : words == 3 ? 2 : words <= 5 ? 3 : words <= 8 ? 4 : words <= 12 ? 5 : words <= 20 ? 6 : words <= 35 ? 7 : words <= 60 ? 8 : 9;

    private static int CharBucket(int chars) =>
        chars <= 15 ? 0 : chars <= 40 ? 1 : chars <= 80 ? 2 : chars <= 160 ? 3 : chars <= 320 ? 4 : 5;

    private static int RunBucket(int run) => run <= 1 ? 0 : run == 2 ? 1 : run <= 5 ? 2 : 3;

    private static int DistanceBucket(int distance) => distance <= 1 ? 0 : distance == 2 ? 1 : distance <= 5 ? 2 : distance <= 15 ? 3 : 4;
}
