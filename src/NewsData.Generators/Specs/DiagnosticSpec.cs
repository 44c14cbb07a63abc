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
    int EndColumn)
{
    /// <summary>A diagnostic about a whole file (located at its start), or about the project when <paramref name="filePath"/> is null.</summary>
    public static DiagnosticSpec Whole(string id, ExtractionSeverity severity, string message, string? filePath) =>
        new(id, severity, message, filePath, 0, 0, 0, 0, 0, 0);
}
