using System;
using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>
/// Facts about the whole page that judging one line needs: its non-blank lines in order with their
/// shapes, which lines stand between blank lines, how often each text repeats, and where the page's
/// main run of prose lies. Lines are addressed by their ordinal among non-blank lines.
/// </summary>
internal sealed class PageLayout
{
    /// <summary>A line counts as prose for the main block when it is this long and ends a sentence.</summary>
    private const int ProseWords = 8;

    /// <summary>What a line that is not prose costs the block it sits in, in words of prose.</summary>
    private const int NonProseCost = 6;

    private PageLayout(List<LineInfo> lines, int[] order, LineShape[] shapes, bool[] blankBefore, bool[] blankAfter, int[] runLength, int[] repeats)
    {
        Lines = lines;
        Order = order;
        Shapes = shapes;
        BlankBefore = blankBefore;
        BlankAfter = blankAfter;
        RunLength = runLength;
        Repeats = repeats;
    }

    public List<LineInfo> Lines { get; }

    /// <summary>Index in <see cref="Lines"/> of each non-blank line.</summary>
    public int[] Order { get; }

    public int Count => Order.Length;

    public LineShape[] Shapes { get; }

    public bool[] BlankBefore { get; }

    public bool[] BlankAfter { get; }

    /// <summary>How many non-blank lines stand together, with no blank line between, around this one.</summary>
    public int[] RunLength { get; }

    /// <summary>How many lines of the page have exactly this text.</summary>
    public int[] Repeats { get; }

    /// <summary>First ordinal of the main block of prose (the densest run, see <see cref="FindBlock"/>), or -1.</summary>
    public int BlockStart { get; private set; } = -1;

    /// <summary>Last ordinal of the main block of prose, or -1.</summary>
    public int BlockEnd { get; private set; } = -1;

    public LineInfo this[int ordinal] => Lines[Order[ordinal]];

    public static PageLayout Read(List<LineInfo> lines)
    {
        var count = 0;
        foreach (var line in lines)
        {
            count += line.Kind == LineKind.Blank ? 0 : 1;
        }

        var order = new int[count];
        var shapes = new LineShape[count];
        var blankBefore = new bool[count];
        var blankAfter = new bool[count];
        var k = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Blank)
            {
                continue;
            }

            order[k] = i;
            shapes[k] = LineShape.Measure(lines[i].Text);
            blankBefore[k] = i == 0 || lines[i - 1].Kind == LineKind.Blank;
            blankAfter[k] = i == lines.Count - 1 || lines[i + 1].Kind == LineKind.Blank;
            k++;
        }

        var wrapStart = MeasureWrappedParagraphs(lines, order, shapes);
        var layout = new PageLayout(lines, order, shapes, blankBefore, blankAfter, RunLengths(order), RepeatCounts(lines, order)) { WrapStart = wrapStart };
        layout.FindBlock();
        return layout;
    }

    /// <summary>
    /// The first ordinal of the hard-wrapped paragraph each line belongs to (itself when it is not
    /// wrapped). A line continues the one above it when nothing separates them, the line above ends
    /// no sentence and this one starts in lower case; every line of such a paragraph is given the
    /// paragraph's shape, so the model judges the paragraph and not its pieces.
    /// </summary>
    public int[] WrapStart { get; private init; } = Array.Empty<int>();

    private static int[] MeasureWrappedParagraphs(List<LineInfo> lines, int[] order, LineShape[] shapes)
    {
        var wrapStart = new int[order.Length];
        var k = 0;
        while (k < order.Length)
        {
            var end = k;
            while (end + 1 < order.Length && Continues(lines, order[end], order[end + 1]))
            {
                end++;
            }

            for (var j = k; j <= end; j++)
            {
                wrapStart[j] = k;
            }

            if (end > k)
            {
                var text = new System.Text.StringBuilder();
                for (var j = k; j <= end; j++)
                {
                    text.Append(j == k ? "" : " ").Append(lines[order[j]].Text);
                }

                var shape = LineShape.Measure(text.ToString());
                for (var j = k; j <= end; j++)
                {
                    shapes[j] = shape;
                }
            }

            k = end + 1;
        }

        return wrapStart;
    }

    private static bool Continues(List<LineInfo> lines, int above, int below)
    {
        if (below != above + 1 || lines[above].Kind != LineKind.Text || lines[below].Kind != LineKind.Text)
        {
            return false;
        }

        var upper = lines[above].Text;
        var lower = lines[below].Text;
        return lower.Length > 0 && char.IsLower(lower[0]) && !TextChars.EndsLikeSentence(upper) && upper[upper.Length - 1] != ':';
    }

    private static int[] RunLengths(int[] order)
    {
        var runs = new int[order.Length];
        var start = 0;
        for (var k = 1; k <= order.Length; k++)
        {
            if (k == order.Length || order[k] != order[k - 1] + 1)
            {
                for (var j = start; j < k; j++)
                {
                    runs[j] = k - start;
                }

                start = k;
            }
        }

        return runs;
    }

    private static int[] RepeatCounts(List<LineInfo> lines, int[] order)
    {
        var counts = new Dictionary<string, int>(order.Length, StringComparer.Ordinal);
        foreach (var i in order)
        {
            var text = lines[i].Text;
            counts[text] = counts.TryGetValue(text, out var n) ? n + 1 : 1;
        }

        var repeats = new int[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            repeats[k] = counts[lines[order[k]].Text];
        }

        return repeats;
    }

    /// <summary>The first trailer heading ("Most Popular") after the main block starts, or -1.</summary>
    public int TrailerOrdinal()
    {
        for (var k = Math.Max(0, BlockStart); k < Count; k++)
        {
            if (this[k].Kind == LineKind.TrailerHeading)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the line is one piece of a hard-wrapped paragraph of several lines.</summary>
    public bool IsWrapped(int ordinal) => WrapStart[ordinal] != ordinal || (ordinal + 1 < Count && WrapStart[ordinal + 1] == ordinal);

    /// <summary>
    /// Whether the line (or the hard-wrapped paragraph it is part of) is a sentence of running text: a
    /// text line of ten words or more that ends like a sentence and is a fifth grammar words.
    /// </summary>
    public bool IsSentence(int ordinal)
    {
        var shape = Shapes[ordinal];
        return this[ordinal].Kind == LineKind.Text && shape.Words >= 10 && shape.End == LineEnd.Sentence && shape.FunctionWords * 5 >= shape.Words;
    }

    /// <summary>Whether the line reads as a sentence of prose: long enough, ending like a sentence.</summary>
    public bool IsProse(int ordinal)
    {
        var shape = Shapes[ordinal];
        return shape.Words >= ProseWords && shape.End == LineEnd.Sentence && this[ordinal].Kind == LineKind.Text;
    }

    /// <summary>
    /// The main block: the run of lines with the most prose in it, where each line that is not prose
    /// costs a few words (the maximum-sum segment, found in one pass). Menus, link lists and comment
    /// threads are runs of short lines, so they fall outside it.
    /// </summary>
    private void FindBlock()
    {
        int bestSum = 0, sum = 0, start = 0;
        for (var k = 0; k < Count; k++)
        {
            var gain = IsProse(k) ? Math.Min(Shapes[k].Words, LineShape.MaxWords) : -NonProseCost;
            if (sum <= 0)
            {
                sum = 0;
                start = k;
            }

            sum += gain;
            if (sum > bestSum)
            {
                bestSum = sum;
                BlockStart = start;
                BlockEnd = k;
            }
        }
    }
}
