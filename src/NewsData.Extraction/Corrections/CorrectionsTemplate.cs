using System.Collections.Generic;

namespace NewsData.Extraction.Corrections;

/// <summary>What a starting corrections file (<c>newsdata correct</c>) needs from the library: how to name a quote.</summary>
public static class CorrectionsTemplate
{
    /// <summary>A quote is named by at least this many of its opening words (all of a shorter quote).</summary>
    public const int MinOpeningWords = 6;

    /// <summary>
    /// For each quote, the fewest opening words (at least <see cref="MinOpeningWords"/>) that open no quote of
    /// different words, so a quote correction made from them matches that quote and no other.
    /// </summary>
    public static IReadOnlyList<string> OpeningWords(IReadOnlyList<Quote> quotes)
    {
        var words = new List<List<string>>(quotes.Count);
        foreach (var quote in quotes)
        {
            words.Add(TextSearch.Words(quote.Text));
        }

        var openings = new List<string>(quotes.Count);
        for (var i = 0; i < quotes.Count; i++)
        {
            var count = System.Math.Min(MinOpeningWords, words[i].Count);
            while (count < words[i].Count && OpensAnother(quotes, i, string.Join(" ", words[i].GetRange(0, count))))
            {
                count++;
            }

            openings.Add(string.Join(" ", words[i].GetRange(0, count)));
        }

        return openings;
    }

    private static bool OpensAnother(IReadOnlyList<Quote> quotes, int index, string opening)
    {
        for (var j = 0; j < quotes.Count; j++)
        {
            if (j != index && TextSearch.OpensWith(quotes[j].Text, opening)
                && !(TextSearch.OpensWith(quotes[j].Text, quotes[index].Text) && TextSearch.OpensWith(quotes[index].Text, quotes[j].Text)))
            {
                return true;
            }
        }

        return false;
    }
}
