namespace NewsData.Extraction;

/// <summary>Something the extractor has to say about a file, located in that file's text.</summary>
/// <param name="Id">A stable id from <see cref="DiagnosticIds"/>, e.g. <c>NEWS003</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="Span">Where, in UTF-16 code units of the decoded text.</param>
public sealed record ExtractionDiagnostic(string Id, ExtractionSeverity Severity, string Message, TextSpan Span)
{
    /// <summary>
    /// Where the diagnostic stands when that is another file than the article (its corrections file), in which
    /// case <see cref="Span"/> is that location's span; null for a diagnostic in the article's own text.
    /// </summary>
    public DiagnosticLocation? Location { get; init; }
}
