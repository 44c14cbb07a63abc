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
    public DateMatch? Date { get => _details?.Date; set => Details.Date = value; }

    public DateLabel DateLabel { get => _details?.DateLabel ?? DateLabel.None; set => Details.DateLabel = value; }

    public int? DaysAgo { get => _details?.DaysAgo; set => Details.DaysAgo = value; }

    public Byline? Byline { get => _details?.Byline; set => Details.Byline = value; }

    public CreditLine? Credits { get => _details?.Credits; set => Details.Credits = value; }

    public string? Url { get => _details?.Url; set => Details.Url = value; }

    public string? Caption { get => _details?.Caption; set => Details.Caption = value; }

    public string? Credit { get => _details?.Credit; set => Details.Credit = value; }

    /// <summary>For a metadata header, what follows its key and value (often the site's menu).</summary>
    public string? Remainder { get => _details?.Remainder; set => Details.Remainder = value; }

    /// <summary>Set while assembling the article once the line has been used (as caption, title, …).</summary>
    public bool Consumed { get; set; }

    // What the classifier read out of the line, for the few lines that have any: every line of every
    // file gets a LineInfo, and nine empty fields on each were 3 % of extraction's allocation.
    private LineDetails? _details;

    private LineDetails Details => _details ??= new LineDetails();

    public override string ToString() => $"{Line.Number}: {Kind} {Text}";

    private sealed class LineDetails
    {
        public DateMatch? Date;
        public DateLabel DateLabel;
        public int? DaysAgo;
        public Byline? Byline;
        public CreditLine? Credits;
        public string? Url;
        public string? Caption;
        public string? Credit;
        public string? Remainder;
    }
}
