using System.Collections.Generic;
using NewsData.Extraction.Lines;

namespace NewsData.Extraction.Dates;

/// <summary>
/// Picks the publication date among the dates a page prints. Stronger evidence wins: a labelled
/// "Published" line or a byline date, then a bare date in the header, then "Updated", then a date
/// printed above the headline (a site's "today" in its masthead), then a scraper's metadata header. Relative dates ("3 hours ago") are resolved against that header's date,
/// and a time of day printed elsewhere for the same date is kept.
/// </summary>
internal static class DateReader
{
    private const int Labelled = 1;
    private const int Bare = 2;
    private const int Updated = 3;
    private const int AboveTitle = 4;
    private const int Header = 5;

    public static PublicationDate? Read(List<LineInfo> lines, int titleIndex, int firstBodyLine, int end, List<ExtractionDiagnostic> diagnostics)
    {
        var candidates = new List<(int Rank, PublicationDate Date)>();
        var relative = new List<(int Rank, int DaysAgo)>();
        PublicationDate? reference = null;
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.MetadataHeader when line.Date is not null:
                    reference = line.Date.ToPublicationDate();
                    candidates.Add((Header, reference.Value));
                    break;

                case LineKind.Byline when line.Date is not null:
                    candidates.Add((i < titleIndex ? AboveTitle : Labelled, line.Date.ToPublicationDate()));
                    break;

                case LineKind.DateLine when line.Date is not null:
                    // A bare date inside the body is a date the story talks about, not when it was published.
                    if (line.DateLabel != DateLabel.None || i < firstBodyLine)
                    {
                        candidates.Add((i < titleIndex ? AboveTitle : RankOf(line.DateLabel), line.Date.ToPublicationDate()));
                    }

                    break;

                case LineKind.DateLine:
                    diagnostics.Add(new ExtractionDiagnostic(
                        DiagnosticIds.UnreadableDate,
                        ExtractionSeverity.Warning,
                        $"The date in \"{DiagnosticText.Excerpt(line.Text)}\" cannot be read; write it like 2022-02-24, 24 February 2022 or February 24, 2022 21:30.",
                        line.Line.Span));
                    break;

                case LineKind.RelativeDate:
                    relative.Add((RankOf(line.DateLabel), line.DaysAgo!.Value));
                    break;
            }
        }

        if (reference is { } today)
        {
            foreach (var (rank, daysAgo) in relative)
            {
                candidates.Add((rank, new PublicationDate(today.Date.AddDays(-daysAgo), null, null)));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates[0];
        foreach (var candidate in candidates)
        {
            if (candidate.Rank < best.Rank)
            {
                best = candidate;
            }
        }

        if (best.Date.TimeOfDay is null)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Date.Date == best.Date.Date && candidate.Date.TimeOfDay is not null)
                {
                    return candidate.Date;
                }
            }
        }

        return best.Date;
    }

    private static int RankOf(DateLabel label) => label switch
    {
        DateLabel.Published => Labelled,
        DateLabel.Updated => Updated,
        _ => Bare,
    };
}
