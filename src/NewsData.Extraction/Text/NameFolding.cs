using System.Globalization;
using System.Text;

namespace NewsData.Extraction.Text;

/// <summary>Forms of a name for matching: without diacritics ("Brasília" → "Brasilia"), and folded (also lower-cased, ’ as ').</summary>
internal static class NameFolding
{
    public static string WithoutDiacritics(string text)
    {
        // Most names are ASCII, which has no diacritics; normalisation goes through ICU and is slow. A
        // lone surrogate (a cut emoji in a scrape) makes normalisation throw, so such a name is kept as it is.
        if (IsAscii(text) || HasLoneSurrogate(text))
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

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
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
