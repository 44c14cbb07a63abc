using System;
using System.Collections.Generic;
using System.Text;

namespace NewsData.Extraction;

/// <summary>
/// Tells text from binary before anything is extracted. Two NUL characters in a row are binary to the compiler
/// itself (see <see cref="FileDiagnostics.BinaryToTheCompiler"/>); one NUL character or a high share of other
/// control characters also means the file is not text (an error: the file is left out). Replacement characters
/// (U+FFFD) mean bytes that were not valid UTF-8 were replaced while decoding (a warning that names the
/// byte offset of the first one, counted as UTF-8 from the start of the text).
/// </summary>
internal static class TextCheck
{
    private const int Sample = 4096;
    private const double MaxControlShare = 0.1;

    public static bool Check(string text, string fileName, List<ExtractionDiagnostic> diagnostics)
    {
        var nul = text.IndexOf('\0');
        if (nul >= 0 && FileDiagnostics.IsBinaryToTheCompiler(text))
        {
            // The build never gets this text (the compiler refuses it), so say what the build says.
            diagnostics.Add(FileDiagnostics.BinaryToTheCompiler(fileName));
            return false;
        }

        if (nul >= 0)
        {
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticIds.NotText, ExtractionSeverity.Error,
                $"'{fileName}' is not text: it has a NUL character at character {nul} (UTF-8 byte {ByteOffset(text, nul)}). Export the page as plain text.",
                new TextSpan(nul, 1)));
            return false;
        }

        // Counted from the first such character: text has none, and the runtime finds that in one fast pass.
        var sampled = Math.Min(text.Length, Sample);
        var control = 0;
        for (var i = text.IndexOfAny(OtherControls, 0, sampled); i >= 0 && i < sampled; i++)
        {
            if (IsOtherControl(text[i]))
            {
                control++;
            }
        }

        if (sampled > 0 && (double)control / sampled > MaxControlShare)
        {
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticIds.NotText, ExtractionSeverity.Error,
                $"'{fileName}' is not text: {control} of its first {sampled} characters are control characters. Export the page as plain text.",
                new TextSpan(0, 0)));
            return false;
        }

        var replaced = text.IndexOf('\uFFFD');
        if (replaced >= 0)
        {
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticIds.NotText, ExtractionSeverity.Warning,
                $"'{fileName}' is not valid UTF-8 at byte {ByteOffset(text, replaced)}: those bytes were replaced by U+FFFD. Save the file as UTF-8.",
                new TextSpan(replaced, 1)));
        }

        return true;
    }

    private static bool IsOtherControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v' or '\u0085');

    /// <summary>The control characters that are not line breaks or tabs: the binary file's signature.</summary>
    private static readonly char[] OtherControls = CreateOtherControls();

    private static char[] CreateOtherControls()
    {
        var controls = new List<char>();
        for (var c = '\0'; c < '\u00A0'; c++)
        {
            if (IsOtherControl(c))
            {
                controls.Add(c);
            }
        }

        return controls.ToArray();
    }

    private static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.Substring(0, index));
}
