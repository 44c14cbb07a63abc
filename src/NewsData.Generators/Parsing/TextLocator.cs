using System.Collections.Generic;
using NewsData.Generators.Common;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Finds where an article's long values stand in its own text, so the emitted code can slice them from
/// the embedded resource instead of repeating them as literals (which would fill the assembly's 16 MiB
/// user-string heap at a few thousand articles). Values that are not verbatim (a hard-wrapped paragraph
/// joined back, say) get -1 and stay literals.
/// </summary>
internal static class TextLocator
{
    /// <summary>
    /// (start, length) pairs for the title, the subtitle, each paragraph in order, then each image caption.
    /// Paragraphs are looked for only where extraction says they came from (<paramref name="paragraphSources"/>):
    /// searching the rest of the text for each paragraph that is not verbatim cost a pass over the whole file
    /// per joined paragraph, quadratic in a long hard-wrapped file.
    /// </summary>
    public static EquatableArray<int> Locate(string text, Article article, IReadOnlyList<NewsData.TextSpan> paragraphSources)
    {
        var spans = new List<int>();
        Add(spans, text, article.Title);
        Add(spans, text, article.Subtitle);
        var known = paragraphSources.Count == article.Paragraphs.Count;
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var paragraph = article.Paragraphs[i];
            var at = known && IsAt(text, paragraph, paragraphSources[i].Start) ? paragraphSources[i].Start : -1;
            spans.Add(at);
            spans.Add(at < 0 ? 0 : paragraph.Length);
        }

        foreach (var image in article.Images)
        {
            Add(spans, text, image.Caption);
        }

        return new EquatableArray<int>(spans.ToArray());
    }

    public const int TitleIndex = 0;
    public const int SubtitleIndex = 1;
    public const int FirstParagraphIndex = 2;

    /// <summary>Whether <paramref name="value"/> stands verbatim in <paramref name="text"/> at <paramref name="start"/>.</summary>
    public static bool IsAt(string text, string value, int start) =>
        start >= 0 && start + value.Length <= text.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;

    private static void Add(List<int> spans, string text, string? value)
    {
        var at = string.IsNullOrEmpty(value) ? -1 : text.IndexOf(value!, System.StringComparison.Ordinal);
        spans.Add(at);
        spans.Add(at < 0 ? 0 : value!.Length);
    }
}
