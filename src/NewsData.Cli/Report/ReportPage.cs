using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;

namespace NewsData.Cli;

/// <summary>The report's HTML as it is written: markup as it is, page text encoded, and each article's id.</summary>
internal sealed class ReportPage(TextWriter output, string[] anchors)
{
    /// <summary>The HTML id of each article (by its index in the corpus), then of each file that failed.</summary>
    public string[] Anchors { get; } = anchors;

    public ReportPage Raw(string html)
    {
        output.Write(html);
        return this;
    }

    public ReportPage Text(string text) => Text(text, 0, text.Length);

    /// <summary>
    /// Page text, HTML-encoded, with control characters written as visible escapes: they mean nothing in
    /// HTML, and a report written to a terminal must not carry the page's escape sequences to it.
    /// </summary>
    public ReportPage Text(string text, int start, int length)
    {
        var part = start == 0 && length == text.Length ? text : text.Substring(start, length);
        output.Write(WebUtility.HtmlEncode(HasControls(part) ? EscapeControls(part) : part));
        return this;
    }

    /// <summary>A date as people read it, with its machine form in <c>datetime</c>.</summary>
    public ReportPage Date(PublicationDate date) =>
        Raw($"<time datetime=\"{WebUtility.HtmlEncode(date.ToString())}\">").Text(HumanDate.Format(date)).Raw("</time>");

    private static bool HasControls(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string EscapeControls(string text) =>
        string.Concat(text.Select(c => IsControl(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));

    private static bool IsControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    /// <summary>
    /// One HTML id per article, in order. Ids become URL fragments, so they keep to safe characters, and
    /// names that differ only in the characters replaced ("a b", "a_b"), or files of one name in two folders,
    /// get "-2", "-3", … so that every link leads to its own article.
    /// </summary>
    public static string[] AnchorsFor(IEnumerable<string> ids)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return ids.Select(id =>
        {
            var wanted = "a-" + new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
            var anchor = wanted;
            for (var suffix = 2; !taken.Add(anchor); suffix++)
            {
                anchor = wanted + "-" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            return anchor;
        }).ToArray();
    }
}
