using System.Collections.Generic;

namespace NewsData.Extraction.People;

/// <summary>A parsed byline: its authors, and where the rest of the line (often a date) starts.</summary>
internal sealed class Byline
{
    public Byline(List<string> authors, int restStart)
    {
        Authors = authors;
        RestStart = restStart;
    }

    public List<string> Authors { get; }

    /// <summary>Offset within the line where what follows the names begins; the line's length when nothing does.</summary>
    public int RestStart { get; }
}
