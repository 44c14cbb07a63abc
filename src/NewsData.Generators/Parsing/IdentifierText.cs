using System.Globalization;
using System.Text;

namespace NewsData.Generators.Parsing;

/// <summary>What the member-name makers share about turning text into C# identifiers.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// Identifier "part" characters include format characters (zero-width spaces and joiners, bidi marks). C#
    /// ignores them when it compares identifiers, so two names that differ only in them are one name to the
    /// compiler; they are left out of every generated name.
    /// </summary>
    public static bool IsFormatting(char c) => c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>The text in Unicode normal form C (C# compares identifiers without normalising them), or as it is when it cannot be (a lone surrogate).</summary>
    public static string Normalized(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128)
            {
                try
                {
                    return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
                }
                catch (System.ArgumentException)
                {
                    return text; // a lone surrogate is no identifier character: the name maker drops it anyway
                }
            }
        }

        return text;
    }
}
