using NewsData.Extraction.Dates;
using NewsData.Extraction.People;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>A line with its kind and whatever the classifier read out of it.</summary>
internal sealed class LineInfo
{
    public LineInfo(SourceLine line, string text, LineKind kind)
    {
        Line = line;
        Text = text;
        Kind = kind;
    }

    public SourceLine Line { get; }

    /// <summary>The trimmed line; for a line printed twice in a row ("AB" where A = B), only its first copy.</summary>
    public string Text { get; set; }

    public LineKind Kind { get; set; }

    /// <summary>True when the line was its own text printed twice and <see cref="Text"/> holds one copy.</summary>
    public bool WasDoubled { get; set; }

    /// <summary>A date found on the line (date lines, bylines, metadata headers), positions relative to <see cref="Text"/>.</summary>
    public DateMatch? Date { get; set; }

    public DateLabel DateLabel { get; set; }

    public int? DaysAgo { get; set; }

    public Byline? Byline { get; set; }

    public CreditLine? Credits { get; set; }

    public string? Url { get; set; }

    public string? Caption { get; set; }

    public string? Credit { get; set; }

    /// <summary>For a metadata header, what follows its key and value (often the site's menu).</summary>
    public string? Remainder { get; set; }

    /// <summary>Set while assembling the article once the line has been used (as caption, title, …).</summary>
    public bool Consumed { get; set; }

    public override string ToString() => $"{Line.Number}: {Kind} {Text}";
}
