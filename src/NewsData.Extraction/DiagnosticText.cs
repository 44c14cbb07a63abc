using System.Globalization;
using System.Text;

namespace NewsData.Extraction;

/// <summary>
/// Text from a page or a file name, made safe to print in a diagnostic. Diagnostics reach terminals
/// (the compiler's output, <c>newsdata check</c>), and a scraped headline can hold an escape sequence
/// that retitles or repaints the terminal, or a bidi override that reorders the line. So control,
/// format and line-separating characters are written as escapes (<c>\t</c>, <c>\u001B</c>); all other
/// text is kept as it is.
/// </summary>
public static class DiagnosticText
{
    /// <summary>The longest excerpt of page text a message quotes.</summary>
    public const int MaxExcerpt = 60;

    /// <summary><paramref name="text"/> cut to <see cref="MaxExcerpt"/> characters ("…" marks a cut), with unsafe characters escaped.</summary>
    public static string Excerpt(string text)
    {
        if (text.Length > MaxExcerpt)
        {
            // Never between the halves of a surrogate pair: a lone half would be escaped as noise.
            var cut = MaxExcerpt - 3;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text = text.Substring(0, cut) + "...";
        }

        return Escape(text);
    }

    /// <summary><paramref name="text"/> with every character a terminal would act on written as an escape.</summary>
    public static string Escape(string text)
    {
        var first = 0;
        while (first < text.Length && !NeedsEscape(text, first))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(text, i))
            {
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text, int index)
    {
        var c = text[index];
        if (c is >= ' ' and < '\x7F')
        {
            return false;
        }

        // A well-formed surrogate pair is an ordinary character (an emoji, say); a lone half is not.
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
