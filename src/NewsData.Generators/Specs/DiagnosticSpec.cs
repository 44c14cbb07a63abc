using NewsData.Extraction;

namespace NewsData.Generators.Specs;

/// <summary>
/// A diagnostic as plain data: ids, message and position numbers, never a Roslyn <c>Location</c>,
/// so specs that carry it stay comparable and cacheable across compilations.
/// </summary>
internal sealed record DiagnosticSpec(
    string Id,
    ExtractionSeverity Severity,
    string Message,
    string? FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn);
