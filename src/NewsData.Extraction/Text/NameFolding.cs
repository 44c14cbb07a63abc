using System.Globalization;
using System.Text;

namespace NewsData.Extraction.Text;

/// <summary>Forms of a name for matching: without diacritics ("Brasília" → "Brasilia"), and folded (also lower-cased, ’ as ').</summary>
internal static class NameFolding
{
    public static string WithoutDiacritics(string text)
    {
        // Most names are ASCII, which has no diacritics; normalisation goes through ICU and is slow.
        if (IsAscii(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Case, diacritics and apostrophe style folded: "José Martínez’s" and "JOSE MARTINEZ's" fold alike.</summary>
    public static string Fold(string name) => AsciiCase.ToLower(WithoutDiacritics(name)).Replace('\u2019', '\'');
}
