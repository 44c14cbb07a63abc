using System;
using System.Collections.Generic;
using NewsData.Extraction.Lines;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Images;

/// <summary>
/// Groups image URLs, captions and credits into images. Scrapes print one image in several lines
/// (URL, caption, credit), often twice (alt text and figcaption): a line that repeats a caption or
/// credit of the image it follows belongs to that image, and every line used is marked consumed so
/// it never reaches the body.
/// </summary>
internal static class ImageAssembler
{
    private const int MaxCaptionWords = 80;

    /// <param name="lines">The page's lines.</param>
    /// <param name="start">The first line to look at.</param>
    /// <param name="end">The line to stop before.</param>
    /// <param name="isBody">Whether the line model is sure a line is body: such a line is never taken for a caption.</param>
    public static List<ArticleImage> Assemble(List<LineInfo> lines, int start, int end, Func<int, bool>? isBody = null)
    {
        var images = new List<Builder>();
        Builder? current = null;
        var currentLastLine = -1;
        var previous = -1;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.Kind is LineKind.Blank or LineKind.Junk)
            {
                continue;
            }

            var adjacent = current is not null && previous == currentLastLine;
            switch (line.Kind)
            {
                case LineKind.ImageUrl:
                    current = Start(images, url: line.Url, caption: null, credit: null);
                    Use(line, ref currentLastLine, i);
                    break;

                case LineKind.CaptionWithCredit:
                case LineKind.Caption:
                    if (FindByCaption(images, line.Caption!) is { } repeated)
                    {
                        repeated.Credit ??= line.Credit;
                        current = repeated;
                    }
                    else if (adjacent && current!.Caption is null && (line.Credit is null || current.Credit is null || current.Credit == line.Credit))
                    {
                        current.Caption = line.Caption;
                        current.Credit ??= line.Credit;
                    }
                    else
                    {
                        current = Start(images, url: null, caption: line.Caption, credit: line.Credit);
                    }

                    Use(line, ref currentLastLine, i);
                    break;

                case LineKind.Credit:
                    if (adjacent && (current!.Credit is null || current.Credit == line.Credit))
                    {
                        current.Credit = line.Credit;
                    }
                    else if (previous >= 0 && IsCaptionCandidate(lines[previous]) && isBody?.Invoke(previous) != true)
                    {
                        // "Putin at the Kremlin." then "Photo: Reuters": the line before a credit is its caption.
                        lines[previous].Consumed = true;
                        current = Start(images, url: null, caption: lines[previous].Text, credit: line.Credit);
                    }
                    else
                    {
                        current = Start(images, url: null, caption: null, credit: line.Credit);
                    }

                    Use(line, ref currentLastLine, i);
                    break;

                case LineKind.Text when !line.Consumed && FindByCaption(images, line.Text) is { } printedAgain:
                    current = printedAgain;
                    Use(line, ref currentLastLine, i);
                    break;
            }

            previous = i;
        }

        var result = new List<ArticleImage>(images.Count);
        foreach (var image in images)
        {
            result.Add(new ArticleImage(image.Url, image.Caption, image.Credit));
        }

        return result;
    }

    private static Builder Start(List<Builder> images, string? url, string? caption, string? credit)
    {
        var image = new Builder { Url = url, Caption = caption, Credit = credit };
        images.Add(image);
        return image;
    }

    private static void Use(LineInfo line, ref int currentLastLine, int index)
    {
        line.Consumed = true;
        currentLastLine = index;
    }

    private static Builder? FindByCaption(List<Builder> images, string caption)
    {
        foreach (var image in images)
        {
            if (image.Caption is { } known && SameCaption(known, caption))
            {
                return image;
            }
        }

        return null;
    }

    /// <summary>Equal but for trailing dots and spaces.</summary>
    /// <remarks>
    /// Compared in place: every unused text line is compared with every caption, and trimming copies
    /// of them (a paragraph ends with a dot) was 7 % of extraction's allocation.
    /// </remarks>
    private static bool SameCaption(string a, string b)
    {
        var length = LengthWithoutTrailingDotsAndSpaces(a);
        return length == LengthWithoutTrailingDotsAndSpaces(b) && string.CompareOrdinal(a, 0, b, 0, length) == 0;
    }

    private static int LengthWithoutTrailingDotsAndSpaces(string text)
    {
        var length = text.Length;
        while (length > 0 && text[length - 1] is '.' or ' ')
        {
            length--;
        }

        return length;
    }

    private static bool IsCaptionCandidate(LineInfo line) =>
        line.Kind == LineKind.Text && !line.Consumed && line.Text.Length > 0 && !TextChars.IsOpeningQuote(line.Text[0])
        && Words.Measure(line.Text).Count <= MaxCaptionWords;

    private sealed class Builder
    {
        public string? Url { get; set; }

        public string? Caption { get; set; }

        public string? Credit { get; set; }
    }
}
