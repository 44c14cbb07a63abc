using System.Collections.Generic;
using System.Text;

namespace NewsData.Extraction;

/// <summary>
/// Tells text from binary before anything is extracted. A NUL character or a high share of other control
/// characters means the file is not text (an error: the file is left out). Replacement characters
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
        if (nul >= 0)
        {
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticIds.NotText, ExtractionSeverity.Error,
                $"'{fileName}' is not text: it has a NUL character at character {nul} (UTF-8 byte {ByteOffset(text, nul)}). Export the page as plain text.",
                new TextSpan(nul, 1)));
            return false;
        }

        int control = 0, sampled = 0;
        for (var i = 0; i < text.Length && sampled < Sample; i++, sampled++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v' or '\u0085'))
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

    private static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.Substring(0, index));
}
