using System;

namespace NewsData.Extraction.Lines;

/// <summary>
/// The features of the headline ranker, which scores every line that could be the headline against
/// the others on its page: the headline is a short line that does not end like a sentence, stands
/// just above where the body starts, is often followed by a byline or date and is often printed twice.
/// </summary>
internal static class TitleFeatures
{
    public static readonly FeatureSpace Space = new();

    /// <summary>Longer lines are paragraphs, not headlines.</summary>
    public const int MaxWords = 40;

    private static readonly int Words = Space.Many("words", 7);
    private static readonly int Ends = Space.Many("end", 6);
    private static readonly int CapitalRatio = Space.Many("capitalised", 4);
    private static readonly int AllCaps = Space.One("all-caps");
    private static readonly int Kind = Space.Many("kind", 3);
    private static readonly int BodyScore = Space.One("body-score");
    private static readonly int IsBody = Space.One("is-body");
    private static readonly int ToBody = Space.Many("to-body", 8);
    private static readonly int BodyAbove = Space.Many("body-above", 3);
    private static readonly int Rank = Space.Many("rank", 4);
    private static readonly int ToBlock = Space.Many("to-block", 6);
    private static readonly int Next = Space.Many("next", 6);
    private static readonly int Previous = Space.Many("previous", 6);
    private static readonly int Repeats = Space.Many("repeats", 2);
    private static readonly int Separator = Space.One("separator");
    private static readonly int FunctionRatio = Space.Many("function-words", 3);
    private static readonly int Furniture = Space.Many("furniture-words", 2);
    private static readonly int BlankBefore = Space.One("blank-before");
    private static readonly int BlankAfter = Space.One("blank-after");
    private static readonly int Header = Space.One("header-remainder");
    private static readonly int First = Space.One("first-line");
    private static readonly int OverlapShare = Space.Many("body-overlap", 5);
    private static readonly int OverlapCount = Space.Many("body-overlap-words", 4);
    private static readonly int NextShortText = Space.One("next-short-text");
    private static readonly int PreviousShortText = Space.One("previous-short-text");
    private static readonly int BylineBelow = Space.Many("byline-below", 3);
    private static readonly int DateBelow = Space.Many("date-below", 3);
    private static readonly int LabelAbove = Space.One("label-above");
    private static readonly int HeadlineAbove = Space.Many("headline-like-above", 2);
    private static readonly int HeadlineBelow = Space.Many("headline-like-below", 2);
    private static readonly int Crumbs = Space.One("crumbs");
    private static readonly int CopyAbove = Space.Many("longer-copy-above", 2);
    private static readonly int CopyBelow = Space.Many("longer-copy-below", 2);
    private static readonly int HoldsNeighbour = Space.Many("holds-neighbour", 2);

    /// <summary>Whether the line at <paramref name="k"/> may be the headline at all.</summary>
    public static bool IsCandidate(PageLayout page, int k, bool isBody)
    {
        var line = page[k];
        var shape = page.Shapes[k];
        if (shape.Words == 0 || shape.Words > MaxWords)
        {
            return false;
        }

        if (line.Kind == LineKind.MetadataHeader)
        {
            return line.Remainder is { Length: > 0 };
        }

        // A sentence the body model took is a paragraph, not a headline, however short the page; so is
        // a sentence hard-wrapped over several lines, whatever the model made of it (a headline is one line),
        // and on a short page any sentence, which is body there by rule.
        return line.Kind is LineKind.Text or LineKind.Navigation
            && !(shape.End == LineEnd.Sentence && (page.IsWrapped(k) || (isBody && (shape.Words > 6 || page.Count <= PageReading.ShortPage))));
    }

    /// <param name="page">The page.</param>
    /// <param name="k">The candidate's ordinal.</param>
    /// <param name="body">The body model's squashed score of every line.</param>
    /// <param name="isBody">Whether each line was taken as body.</param>
    /// <param name="rank">How many candidates stand between this one and the first body line below it.</param>
    /// <param name="bodyWords">The content words of the body.</param>
    /// <param name="sink">Receives the features.</param>
    public static void Compute<TSink>(PageLayout page, int k, double[] body, bool[] isBody, int rank, ContentWords bodyWords, ref TSink sink) where TSink : struct, IFeatureSink
    {
        var line = page[k];
        var shape = page.Shapes[k];
        var text = HeadlineText.Of(line);
        if (line.Kind == LineKind.MetadataHeader)
        {
            sink.Add(Header, 1);
            shape = LineShape.Measure(text);
        }
        else if (text.Length != line.Text.Length)
        {
            sink.Add(Crumbs, 1);
            shape = LineShape.Measure(text);
        }

        var words = shape.Words;
        sink.Add(Words + (words <= 1 ? 0 : words == 2 ? 1 : words <= 4 ? 2 : words <= 7 ? 3 : words <= 12 ? 4 : words <= 20 ? 5 : 6), 1);
        sink.Add(Ends + (int)shape.End, 1);
        if (words >= 2)
        {
            var ratio = (double)shape.Capitalized / words;
            sink.Add(CapitalRatio + (ratio < 0.3 ? 0 : ratio < 0.6 ? 1 : ratio < 0.9 ? 2 : 3), 1);
            var function = (double)shape.FunctionWords / words;
            sink.Add(FunctionRatio + (function == 0 ? 0 : function < 0.2 ? 1 : 2), 1);
        }

        if (words >= 2 && shape.AllCaps * 2 >= words)
        {
            sink.Add(AllCaps, 1);
        }

        sink.Add(Kind + (line.Kind == LineKind.Text ? 0 : line.Kind == LineKind.Navigation ? 1 : 2), 1);
        sink.Add(BodyScore, body[k]);
        if (isBody[k])
        {
            sink.Add(IsBody, 1);
        }

        var below = -1;
        for (var j = k + 1; j < page.Count; j++)
        {
            if (isBody[j])
            {
                below = j - k;
                break;
            }
        }

        sink.Add(ToBody + (below < 0 ? 7 : below <= 1 ? 0 : below == 2 ? 1 : below == 3 ? 2 : below <= 5 ? 3 : below <= 8 ? 4 : below <= 15 ? 5 : 6), 1);
        var above = 0;
        for (var j = 0; j < k && above < 3; j++)
        {
            above += isBody[j] ? 1 : 0;
        }

        sink.Add(BodyAbove + Math.Min(2, above), 1);
        sink.Add(Rank + Math.Min(3, rank), 1);
        var block = page.BlockStart < 0 ? -1 : page.BlockStart - k;
        sink.Add(ToBlock + (block < 0 ? 5 : block <= 1 ? 0 : block <= 3 ? 1 : block <= 6 ? 2 : block <= 12 ? 3 : 4), 1);
        sink.Add(Next + KindGroup(page, k + 1), 1);
        sink.Add(Previous + KindGroup(page, k - 1), 1);
        if (page.Repeats[k] > 1)
        {
            sink.Add(Repeats + (page.Repeats[k] > 2 ? 1 : 0), 1);
        }

        if (HasSeparator(line.Text))
        {
            sink.Add(Separator, 1);
        }

        sink.Add(Furniture + Math.Min(1, shape.FurnitureWords), 1);
        if (page.BlankBefore[k])
        {
            sink.Add(BlankBefore, 1);
        }

        if (page.BlankAfter[k])
        {
            sink.Add(BlankAfter, 1);
        }

        if (k == 0)
        {
            sink.Add(First, 1);
        }

        var (shared, total) = bodyWords.Overlap(text);
        var share = total == 0 ? 0 : (double)shared / total;
        sink.Add(OverlapShare + (shared == 0 ? 0 : share < 0.2 ? 1 : share < 0.4 ? 2 : share < 0.6 ? 3 : 4), 1);
        sink.Add(OverlapCount + System.Math.Min(3, shared), 1);
        if (IsShortText(page, k + 1))
        {
            sink.Add(NextShortText, 1);
        }

        if (IsShortText(page, k - 1))
        {
            sink.Add(PreviousShortText, 1);
        }

        sink.Add(BylineBelow + Below(page, k, 5, LineKind.Byline, LineKind.Byline), 1);
        sink.Add(DateBelow + Below(page, k, 6, LineKind.DateLine, LineKind.RelativeDate), 1);
        if (k > 0 && page.Shapes[k - 1].Words <= 3 && page[k - 1].Kind is LineKind.Text or LineKind.Navigation or LineKind.Junk)
        {
            sink.Add(LabelAbove, 1);
        }

        // A headline is the first of the lines that could be one above the body; a standfirst or a
        // caption under it reads much the same, so what stands next to a line tells them apart.
        var headlineAbove = HeadlineLike(page, isBody, k - 1) ? 0 : HeadlineLike(page, isBody, k - 2) || HeadlineLike(page, isBody, k - 3) ? 1 : -1;
        if (headlineAbove >= 0)
        {
            sink.Add(HeadlineAbove + headlineAbove, 1);
        }

        Copies(page, k, text, ref sink);
        var headlineBelow = HeadlineLike(page, isBody, k + 1) ? 0 : HeadlineLike(page, isBody, k + 2) || HeadlineLike(page, isBody, k + 3) ? 1 : -1;
        if (headlineBelow >= 0)
        {
            sink.Add(HeadlineBelow + headlineBelow, 1);
        }
    }

    /// <summary>
    /// Lines near the candidate that print its text with more (or that it prints with more). The
    /// headline is often printed again with breadcrumbs glued before it or "Share … for:" ("ends a
    /// longer line"), and a caption again with its credit glued after it ("starts a longer line").
    /// </summary>
    private static void Copies<TSink>(PageLayout page, int k, string text, ref TSink sink) where TSink : struct, IFeatureSink
    {
        const int Reach = 3;
        for (var j = Math.Max(0, k - Reach); j <= Math.Min(page.Count - 1, k + Reach); j++)
        {
            if (j == k)
            {
                continue;
            }

            var other = page[j].Text;
            if (other.Length > text.Length + 2)
            {
                var copy = j < k ? CopyAbove : CopyBelow;
                if (other.EndsWith(text, StringComparison.Ordinal))
                {
                    sink.Add(copy + 0, 1);
                }
                else if (other.StartsWith(text, StringComparison.Ordinal))
                {
                    sink.Add(copy + 1, 1);
                }
            }
            else if (Math.Abs(j - k) == 1 && other.Length >= 15 && text.Length > other.Length + 2
                && (j > k ? text.EndsWith(other, StringComparison.Ordinal) : text.StartsWith(other, StringComparison.Ordinal)))
            {
                sink.Add(HoldsNeighbour + (j > k ? 0 : 1), 1);
            }
        }
    }

    /// <summary>0: no line of the kinds within <paramref name="reach"/> lines below; 1: within two; 2: further.</summary>
    private static int Below(PageLayout page, int k, int reach, LineKind kind, LineKind other)
    {
        for (var j = k + 1; j < page.Count && j <= k + reach; j++)
        {
            if (page[j].Kind == kind || page[j].Kind == other)
            {
                return j - k <= 2 ? 1 : 2;
            }
        }

        return 0;
    }

    /// <summary>A text line that is not body and reads like a headline: 3 to 25 words, no full stop at the end.</summary>
    private static bool HeadlineLike(PageLayout page, bool[] isBody, int j) =>
        j >= 0 && j < page.Count && !isBody[j] && page[j].Kind == LineKind.Text && page.Shapes[j].Words is >= 3 and <= 25
        && page[j].Text[page[j].Text.Length - 1] != '.';

    /// <summary>A line of text that could be a headline or standfirst: 4 to 40 words.</summary>
    private static bool IsShortText(PageLayout page, int j) =>
        j >= 0 && j < page.Count && page[j].Kind == LineKind.Text && page.Shapes[j].Words is >= 4 and <= MaxWords;

    /// <summary>0 byline, 1 date, 2 text, 3 menu or furniture, 4 image or credit, 5 anything else or no line.</summary>
    private static int KindGroup(PageLayout page, int j)
    {
        if (j < 0 || j >= page.Count)
        {
            return 5;
        }

        return page[j].Kind switch
        {
            LineKind.Byline => 0,
            LineKind.DateLine or LineKind.RelativeDate => 1,
            LineKind.Text => 2,
            LineKind.Junk or LineKind.Navigation or LineKind.TrailerHeading => 3,
            LineKind.ImageUrl or LineKind.Caption or LineKind.CaptionWithCredit or LineKind.Credit => 4,
            _ => 5,
        };
    }

    private static bool HasSeparator(string text) =>
        text.IndexOf(" | ", StringComparison.Ordinal) > 0 || text.IndexOf(" - ", StringComparison.Ordinal) > 0
        || text.IndexOf(" \u2013 ", StringComparison.Ordinal) > 0 || text.IndexOf(" \u2014 ", StringComparison.Ordinal) > 0;
}
