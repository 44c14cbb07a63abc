namespace NewsData.Extraction;

/// <summary>
/// Where a diagnostic stands when it is not in the article's own text: in a corrections file, at the JSON
/// element it is about. Positions are zero-based and count line breaks as the compiler does, so the build
/// and <c>newsdata check</c> print the same line and column.
/// </summary>
/// <param name="Path">The file, as the caller named it (the build: its full path).</param>
/// <param name="Span">The element's UTF-16 range in that file's text.</param>
/// <param name="Start">Line and column of the element's first character.</param>
/// <param name="End">Line and column just past its last character.</param>
public sealed record DiagnosticLocation(string Path, TextSpan Span, TextPosition Start, TextPosition End);
