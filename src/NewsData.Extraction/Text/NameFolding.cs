using System.Globalization;
using System.Text;

namespace NewsData.Extraction.Text;

/// <summary>
/// Forms of a name for matching: without diacritics ("Brasília" → "Brasilia"), and folded (also lower-cased,
/// ’ as ', and without invisible format characters, so that "Tom\u200B Brown" scraped with a zero-width space
/// is the "Tom Brown" of another page).
/// </summary>
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

        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (System.ArgumentException)
        {
            // A lone surrogate cannot be normalised: the name is matched as written rather than end the run.
            return text;
        }

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

    /// <summary>
    /// Case, diacritics, apostrophe style and format characters folded: "José Martínez’s" and "JOSE MARTINEZ's"
    /// fold alike. The result is in Unicode normal form C (normalisation runs for every non-ASCII name), so
    /// two canonically equivalent spellings fold alike too.
    /// </summary>
    public static string Fold(string name) => AsciiCase.ToLower(WithoutDiacritics(WithoutFormatCharacters(name))).Replace('\u2019', '\'');

    /// <summary>
    /// The name without format characters (zero-width spaces and joiners, bidi marks and overrides, soft
    /// hyphens): invisible, common in scraped text, and no part of what a name is.
    /// </summary>
    public static string WithoutFormatCharacters(string text)
    {
        var first = 0;
        while (first < text.Length && !IsFormat(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first + 1; i < text.Length; i++)
        {
            if (!IsFormat(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>A format character (Unicode category Cf); ASCII has none.</summary>
    public static bool IsFormat(char c) => c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
