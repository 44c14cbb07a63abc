namespace NewsData.Extraction;

/// <summary>How serious an extraction diagnostic is; maps one-to-one onto compiler severities.</summary>
public enum ExtractionSeverity
{
    /// <summary>Worth knowing; the article is generated as extracted.</summary>
    Info,

    /// <summary>Doubtful extraction; the article is generated, perhaps incomplete.</summary>
    Warning,

    /// <summary>The file cannot become an article; it is left out and every other article is still generated.</summary>
    Error,
}
