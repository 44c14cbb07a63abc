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
    /// <summary>(start, length) pairs for the title, the subtitle, each paragraph in order, then each image caption.</summary>
    public static EquatableArray<int> Locate(string text, Article article)
    {
        var spans = new List<int>();
        Add(spans, text, article.Title, 0);
        Add(spans, text, article.Subtitle, 0);
        var from = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            from = Add(spans, text, paragraph, from);
        }

        foreach (var image in article.Images)
        {
            Add(spans, text, image.Caption, 0);
        }

        return new EquatableArray<int>(spans.ToArray());
    }

    public const int TitleIndex = 0;
    public const int SubtitleIndex = 1;
    public const int FirstParagraphIndex = 2;

    private static int Add(List<int> spans, string text, string? value, int from)
    {
        var at = string.IsNullOrEmpty(value) ? -1 : text.IndexOf(value!, from, System.StringComparison.Ordinal);
        if (at < 0 && from > 0 && !string.IsNullOrEmpty(value))
        {
            at = text.IndexOf(value!, System.StringComparison.Ordinal);
        }

        spans.Add(at);
        spans.Add(at < 0 ? 0 : value!.Length);
        return at < 0 ? from : at + value!.Length;
    }
}
