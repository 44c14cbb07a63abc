using System;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>
/// The headline a candidate line holds: the text after a scraper's header key, or after a
/// breadcrumb trail the page printed on the same line ("Home » Travel » Headline",
/// "Home/Politics/Headline", "&gt; Headline"). Always a suffix of the line's text, so its offsets
/// are the line's end minus its length.
/// </summary>
internal static class HeadlineText
{
    /// <summary>A breadcrumb is a few words: a longer segment before a separator is part of the headline.</summary>
    private const int MaxCrumbWords = 4;

    private const int MinHeadlineWords = 3;

    // Separators of breadcrumb trails. " > " counts only between capitalised crumbs ("Local News >",
    // not "Why prices >"), and a bare ">" never: it is too common in other text ("</b>", "a>b").
    private static readonly string[] Arrows = { "\u00BB", "\u203A", " > ", ">>" };

    public static string Of(LineInfo line)
    {
        if (line.Kind == LineKind.MetadataHeader)
        {
            return line.Remainder ?? "";
        }

        var start = CrumbsEnd(line.Text);
        return start == 0 ? line.Text : line.Text.Substring(start);
    }

    /// <summary>Where the headline starts after a breadcrumb trail at the start of <paramref name="text"/>, or 0.</summary>
    public static int CrumbsEnd(string text)
    {
        var end = 0;
        foreach (var arrow in Arrows)
        {
            end = Math.Max(end, AfterTrail(text, arrow, minimumCrumbs: 1, maxCrumbWords: MaxCrumbWords));
        }

        if (text.Length > 2 && text[0] == '>' && text[1] == ' ')
        {
            end = Math.Max(end, 2);
        }

        // A slash is part of many headlines ("24/7", "9/11"): only a trail of two or more one-word
        // crumbs counts ("Home/Politics/…").
        end = Math.Max(end, AfterTrail(text, "/", minimumCrumbs: 2, maxCrumbWords: 1));
        return end;
    }

    /// <summary>The end of the last separator of a trail of short crumbs followed by a headline, or 0.</summary>
    private static int AfterTrail(string text, string separator, int minimumCrumbs, int maxCrumbWords)
    {
        var last = text.LastIndexOf(separator, StringComparison.Ordinal);
        if (last < 0)
        {
            return 0;
        }

        var rest = last + separator.Length;
        while (rest < text.Length && (text[rest] == ' ' || text[rest] == '/' || text[rest] == '>'))
        {
            rest++;
        }

        if (Words.CountAtMost(text, rest, text.Length - rest, MinHeadlineWords) < MinHeadlineWords)
        {
            return 0;
        }

        // Every segment before it is a crumb: a few words, and at least the minimum of them that say something.
        var crumbs = 0;
        var from = 0;
        while (from <= last)
        {
            var next = text.IndexOf(separator, from, StringComparison.Ordinal);
            var words = Words.CountAtMost(text, from, next - from, maxCrumbWords + 1);
            if (words > maxCrumbWords || (maxCrumbWords == 1 && text.IndexOf(' ', from, next - from) >= 0)
                || (separator == " > " && !Capitalised(text, from, next)))
            {
                return 0;
            }

            crumbs += words > 0 ? 1 : 0;
            from = next + separator.Length;
        }

        return crumbs >= minimumCrumbs ? rest : 0;
    }

    /// <summary>Whether every word from <paramref name="from"/> to <paramref name="to"/> starts with a capital or a digit, as crumbs ("Local News") do and clauses ("Why prices") do not.</summary>
    private static bool Capitalised(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == from || !char.IsLetterOrDigit(text[i - 1])) && text[i] != '\'' && char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
