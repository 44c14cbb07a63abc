using System.Globalization;

namespace NewsData.Extraction;

/// <summary>
/// The diagnostics about a file as a whole, before any of its text is extracted: one wording for every
/// face that meets the file (<c>newsdata</c>, the generator, and the package's targets, whose messages
/// repeat these texts and are checked against them). Each is located at the start of the file.
/// </summary>
public static class FileDiagnostics
{
    /// <summary>A file with no bytes, or not a regular file at all (a pipe, a device, a folder, a link to nothing).</summary>
    /// <remarks>
    /// One message for both: a pipe and a device report a size of 0 like an empty file, and .NET cannot tell
    /// them apart without opening them, which for a pipe waits for a writer forever.
    /// </remarks>
    public static ExtractionDiagnostic NotRegularOrEmpty(string fileName) => Error(DiagnosticIds.EmptyFile,
        $"'{DiagnosticText.Escape(fileName)}' is empty or is not a regular file (a pipe, a device, a folder or a link to nothing), so it is not read. Only regular files with text are articles.");

    /// <summary>A file that could not be read; <paramref name="reason"/> says why, if anything does.</summary>
    public static ExtractionDiagnostic Unreadable(string fileName, string? reason) => Error(DiagnosticIds.EmptyFile,
        reason is null
            ? $"'{DiagnosticText.Escape(fileName)}' could not be read; check that the file exists and is readable."
            : $"'{DiagnosticText.Escape(fileName)}' could not be read: {DiagnosticText.Escape(reason.TrimEnd('.'))}.");

    /// <summary>
    /// A path the compiler's command line cannot carry: MSBuild writes the compiler's arguments one per line
    /// and quoted, and the compiler drops or splits at these characters, so the build would fail with no
    /// word about which article broke it. The name is not repeated: the location shows it.
    /// </summary>
    public static ExtractionDiagnostic PathNotPassable() => Error(DiagnosticIds.EmptyFile,
        "This file's path holds a character the compiler's command line cannot carry (a control character such as a tab or a line break, a double quote, a vertical bar, or outside Windows a backslash), so the file is left out. Rename it.");

    /// <summary>
    /// A <c>NewsArticle</c> item that names no file (only the targets report it: <c>newsdata</c> is given the
    /// files it finds). Outside Windows, MSBuild turns a backslash in a name into a folder separator, so a
    /// file named with one is looked for under a folder that does not exist.
    /// </summary>
    public static ExtractionDiagnostic Missing() => Error(DiagnosticIds.EmptyFile,
        "There is no file at this path, so it is left out. (Outside Windows, MSBuild reads a backslash in a file name as a folder separator: rename such a file.)");

    /// <summary>Whether the compiler's command line can carry <paramref name="path"/> (see <see cref="PathNotPassable"/>).</summary>
    /// <param name="path">The path as the build would pass it.</param>
    /// <param name="backslashSeparates">Whether a backslash is a folder separator here (Windows), rather than part of a name.</param>
    public static bool IsPassable(string path, bool backslashSeparates)
    {
        foreach (var c in path)
        {
            if (c < ' ' || c is '"' or '|' || (c == '\\' && !backslashSeparates))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A file with more bytes than <paramref name="maxLength"/> characters can take (see <see cref="MaxBytes"/>):
    /// too large, known from its size alone, so it is never read.
    /// </summary>
    public static ExtractionDiagnostic TooManyBytes(string fileName, int maxLength) => Error(DiagnosticIds.FileTooLarge,
        string.Format(CultureInfo.InvariantCulture,
            "'{0}' has more than {1:N0} bytes, so more than the limit of {2:N0} characters; it is left out unread. Raise NewsDataMaxFileSize if it really is one article.",
            DiagnosticText.Escape(fileName), MaxBytes(maxLength), maxLength));

    /// <summary>
    /// The most bytes a file of <paramref name="maxLength"/> characters can have: a character takes at most
    /// three bytes in UTF-8 (four-byte sequences decode to two characters) and two in UTF-16, plus a byte
    /// order mark. A larger file is surely over the limit; a smaller one must be decoded to tell.
    /// </summary>
    public static long MaxBytes(int maxLength) => (3L * maxLength) + 3;

    /// <summary>
    /// A file the compiler refuses as binary: two NUL characters in a row, the compiler's own test (it then
    /// reports CS2015 and gives the generator no text). <c>newsdata</c> applies the same test so that both
    /// faces say the same.
    /// </summary>
    public static ExtractionDiagnostic BinaryToTheCompiler(string fileName) => Error(DiagnosticIds.NotText,
        $"'{DiagnosticText.Escape(fileName)}' is not text: it has two NUL characters in a row, so the compiler reads it as a binary file (CS2015) and it is left out. Export the page as plain text.");

    /// <summary>The compiler's test for binary text (Roslyn's <c>EncodedStringText.IsBinary</c>): two NUL characters in a row.</summary>
    public static bool IsBinaryToTheCompiler(string text) => text.IndexOf("\0\0", System.StringComparison.Ordinal) >= 0;

    private static ExtractionDiagnostic Error(string id, string message) => new(id, ExtractionSeverity.Error, message, new TextSpan(0, 0));
}
