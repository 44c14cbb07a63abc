using System;

namespace NewsData.Extraction.Dates;

/// <summary>A date found in a line: its value and the characters it took.</summary>
internal sealed class DateMatch
{
    public DateMatch(DateTime date, TimeSpan? time, TimeSpan? offset, int start, int end, int firstToken, int endToken)
    {
        Date = date;
        Time = time;
        Offset = time is null ? null : offset;
        Start = start;
        End = end;
        FirstToken = firstToken;
        EndToken = endToken;
    }

    public DateTime Date { get; }

    public TimeSpan? Time { get; }

    public TimeSpan? Offset { get; }

    /// <summary>Character range of the date (and its time) in the searched text.</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>Token range the match consumed, for measuring what else the line says.</summary>
    public int FirstToken { get; }

    public int EndToken { get; }

    public PublicationDate ToPublicationDate() => new(Date, Time, Offset);
}
