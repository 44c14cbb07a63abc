namespace NewsData.Extraction.Corrections;

/// <summary>The diagnostics about corrections, located at their element in the corrections file.</summary>
internal static class CorrectionDiagnostics
{
    /// <summary>NEWS014: the element cannot be read as a correction and is ignored (the rest of the file still counts).</summary>
    public static ExtractionDiagnostic Malformed(DiagnosticLocation location, string message) =>
        new(DiagnosticIds.CorrectionsMalformed, ExtractionSeverity.Error, message, location.Span) { Location = location };

    /// <summary>NEWS015: the correction matches nothing in the article (any more) and is not applied.</summary>
    public static ExtractionDiagnostic Stale(DiagnosticLocation location, string message) =>
        new(DiagnosticIds.CorrectionStale, ExtractionSeverity.Warning,
            message + " Edit or remove the correction (the article may have been scraped again).", location.Span) { Location = location };
}
