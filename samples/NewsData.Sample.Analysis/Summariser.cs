using System;
using System.Text;

namespace NewsData.Sample.Analysis;

/// <summary>A deliberately small summariser: the headline, then as much of the opening paragraph as fits.</summary>
public static class Summariser
{
    /// <summary>The summary of <paramref name="article"/>, at most <paramref name="maxLength"/> characters, ending with an ellipsis when cut.</summary>
    public static string Summarise(Article article, int maxLength)
    {
        if (maxLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "A summary needs room for at least one character and an ellipsis.");
        }

        var text = new StringBuilder(article.Title);
        if (article.Paragraphs.Count > 0)
        {
            text.Append(": ").Append(article.Paragraphs[0]);
        }

        if (text.Length <= maxLength)
        {
            return text.ToString();
        }

        // Cut at the last word boundary that leaves room for the ellipsis.
        var cut = maxLength - 1;
        var space = text.ToString(0, cut).LastIndexOf(' ');
        return text.ToString(0, space > 0 ? space : cut).TrimEnd(' ', ',', ';', ':') + "…";
    }
}
