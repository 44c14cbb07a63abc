using System;
using System.Collections.Generic;

namespace NewsData.Sample.Analysis;

/// <summary>Counts who is quoted how often: the kind of small statistic a newsroom dashboard shows.</summary>
public static class QuoteCounter
{
    /// <summary>Quotes per speaker name across <paramref name="articles"/>; unattributed quotes are not counted.</summary>
    public static IReadOnlyDictionary<string, int> BySpeaker(IEnumerable<Article> articles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var quote in article.Quotes)
            {
                if (quote.Speaker is { } speaker)
                {
                    counts.TryGetValue(speaker.Name, out var count);
                    counts[speaker.Name] = count + 1;
                }
            }
        }

        return counts;
    }
}
