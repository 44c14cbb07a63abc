using System.Globalization;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary>
/// Where a diagnostic is, as a compiler prints it: <c>path(line,column)</c>, one-based. Most are in the article
/// file; those about corrections are in the corrections file, at the JSON element they name.
/// </summary>
internal static class DiagnosticPlace
{
    /// <summary>The place of <paramref name="diagnostic"/>, reported on the file at <paramref name="path"/> whose text is <paramref name="text"/>.</summary>
    public static string Of(string path, string text, ExtractionDiagnostic diagnostic)
    {
        if (diagnostic.Location is { } location)
        {
            return Format(location.Path, location.Start);
        }

        return Format(path, TextPosition.Of(text, diagnostic.Span.Start));
    }

    /// <summary>A compiler-style line: <c>path(line,column): severity ID: message</c>.</summary>
    public static string Line(string place, ExtractionDiagnostic diagnostic) =>
        $"{place}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.Message}";

    /// <summary>The line of a diagnostic in the project-wide corrections file, which is located in that file itself.</summary>
    public static string ProjectLine(ExtractionDiagnostic diagnostic) =>
        Line(Of(diagnostic.Location!.Path, string.Empty, diagnostic), diagnostic);

    private static string Format(string path, TextPosition position) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}({position.Line + 1},{position.Column + 1})");
}
