using System;
using System.Collections.Generic;
using NewsData.Extraction.Dates;
using NewsData.Extraction.Images;
using NewsData.Extraction.People;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>
/// Decides what each line is from the line alone. Checks run from the most specific shape to the
/// least, and the costlier ones only on lines short enough to be furniture, so a long paragraph costs
/// one pass over its characters.
/// </summary>
internal static class LineClassifier
{
    /// <summary>Lines longer than this are text: no byline, date line or menu is a paragraph long.</summary>
    private const int MaxFurnitureWords = 40;

    /// <summary>Only the first few lines can be a scraper's metadata header.</summary>
    private const int MetadataHeaderLines = 3;

    private static readonly string[] ImageExtensions = { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff", ".svg" };

    private static readonly string[] UrlLabels = { "source:", "url:", "link:", "canonical:", "originally published at", "source url:", "permalink:" };

    private static readonly LabelIndex<string> UrlLabelIndex = LabelIndex.Of(UrlLabels);

    private static readonly string[] MetadataKeys = { "date", "url", "link", "canonical" };

    private static readonly string[] CaptionLabels = { "image caption", "photo caption", "caption", "pictured", "media caption" };

    private static readonly LabelIndex<string> CaptionLabelIndex = LabelIndex.Of(CaptionLabels);

    private static readonly (string Label, DateLabel Kind)[] DateLabels =
    {
        ("first published", DateLabel.Published), ("originally published", DateLabel.Published), ("publication date", DateLabel.Published),
        ("published", DateLabel.Published), ("posted", DateLabel.Published), ("release date", DateLabel.Published),
        ("created", DateLabel.Published), ("date", DateLabel.Published),
        ("last updated", DateLabel.Updated), ("last modified", DateLabel.Updated), ("updated", DateLabel.Updated), ("modified", DateLabel.Updated),
    };

    private static readonly LabelIndex<(string Label, DateLabel Kind)> DateLabelIndex = new(DateLabels, label => label.Label);

    private static readonly HashSet<string> DateFillerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "updated", "last", "first", "originally", "modified", "created", "date", "publication",
        "release", "on", "at", "the", "local", "time", "et", "pt", "ct", "ist", "hrs", "and", "of", "by",
        "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks", "yesterday", "today",
    };

    public static List<LineInfo> Classify(string source, List<SourceLine> lines, System.Threading.CancellationToken cancellationToken)
    {
        var result = new List<LineInfo>(lines.Count);
        var nonBlank = 0;
        foreach (var line in lines)
        {
            if ((result.Count & 255) == 255)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            result.Add(Classify(source, line, nonBlank));
            if (!line.IsBlank)
            {
                nonBlank++;
            }
        }

        return result;
    }

    public static LineInfo Classify(string source, SourceLine line, int nonBlankIndex)
    {
        if (line.IsBlank)
        {
            return new LineInfo(line, string.Empty, LineKind.Blank);
        }

        var info = new LineInfo(line, source.Substring(line.Start, line.Length), LineKind.Text);
        Undouble(info);
        var text = info.Text;

        // Counted only as far as the furniture limit: a longer line is text unless it is a caption or a
        // menu, and only the menu test needs the whole count.
        var words = Words.Measure(text, 0, text.Length, MaxFurnitureWords + 1);

        if (nonBlankIndex < MetadataHeaderLines && TryMetadataHeader(info))
        {
            return info;
        }

        if (TryUrl(info))
        {
            return info;
        }

        if (words.Count > MaxFurnitureWords)
        {
            if (!TryCaptionWithCredit(info) && !TextChars.EndsLikeSentence(text) && IsNavigation(text, Words.Measure(text)))
            {
                info.Kind = LineKind.Navigation;
            }

            return info;
        }

        if (words.Count <= 6 && Publishers.PublisherDirectory.Default.FindExact(text) is not null)
        {
            info.Kind = LineKind.Navigation; // a masthead: the site's name alone on a line
        }
        else if (Boilerplate.Classify(text) is { } furniture)
        {
            info.Kind = furniture;
        }
        else if (CreditLineParser.TryParse(text) is { } credits)
        {
            info.Kind = LineKind.CreditLine;
            info.Credits = credits;
        }
        else if (BylineParser.TryParse(text) is { } byline)
        {
            info.Kind = LineKind.Byline;
            info.Byline = byline;
            info.Date = DateParser.Find(text, byline.RestStart, text.Length);
        }
        else if (TryDateLine(info, words))
        {
            // Classified inside.
        }
        else if (words.Count <= CreditParser.MaxCreditLineWords && CreditParser.TryParseCreditLine(text, out var credit))
        {
            info.Kind = LineKind.Credit;
            info.Credit = credit;
        }
        else if (IsMediaLink(text))
        {
            info.Kind = LineKind.Junk; // "Photos: Fire at Lakeside marina": a link to a gallery, not a credit or a paragraph
        }
        else if (TryCaptionWithCredit(info) || TryLabelledCaption(info))
        {
            // Classified inside.
        }
        else if (IsNavigation(text, words))
        {
            info.Kind = LineKind.Navigation;
        }

        return info;
    }

    /// <summary>Scrapers that read both an image's alt text and its caption print the caption twice, glued.</summary>
    private static void Undouble(LineInfo info)
    {
        const int MinCopyLength = 20;
        var s = info.Text;
        var n = s.Length;
        for (var copy = n / 2; copy >= (n / 2) - 2 && copy >= MinCopyLength; copy--)
        {
            var gapStart = copy;
            var gapEnd = n - copy;
            if (gapEnd < gapStart)
            {
                continue;
            }

            var gapIsBlank = true;
            for (var i = gapStart; i < gapEnd && gapIsBlank; i++)
            {
                gapIsBlank = TextChars.IsBlank(s[i]);
            }

            if (gapIsBlank && string.CompareOrdinal(s, 0, s, gapEnd, copy) == 0)
            {
                info.Text = s.Substring(0, copy).TrimEnd();
                info.WasDoubled = true;
                return;
            }
        }
    }

    private static bool TryMetadataHeader(LineInfo info)
    {
        var text = info.Text;
        foreach (var key in MetadataKeys)
        {
            if (text.Length <= key.Length + 1 || string.Compare(text, 0, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var valueStart = key.Length;
            if (text[valueStart] == ':')
            {
                valueStart++;
            }
            else if (!TextChars.IsBlank(text[valueStart]))
            {
                continue;
            }

            while (valueStart < text.Length && TextChars.IsBlank(text[valueStart]))
            {
                valueStart++;
            }

            if (key == "date")
            {
                var date = DateParser.Find(text, valueStart, text.Length);
                if (date is null || date.Start != valueStart)
                {
                    return false;
                }

                info.Kind = LineKind.MetadataHeader;
                info.Date = date;
                info.Remainder = text.Substring(date.End).Trim();
                return true;
            }

            var urlEnd = valueStart;
            while (urlEnd < text.Length && !TextChars.IsBlank(text[urlEnd]))
            {
                urlEnd++;
            }

            var url = text.Substring(valueStart, urlEnd - valueStart);
            if (!IsHttpUrl(url))
            {
                return false;
            }

            info.Kind = LineKind.MetadataHeader;
            info.Url = url;
            info.Remainder = text.Substring(urlEnd).Trim();
            return true;
        }

        return false;
    }

    private static bool TryUrl(LineInfo info)
    {
        var text = info.Text;
        var start = 0;
        foreach (var label in UrlLabelIndex.At(text, 0))
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                start = label.Length;
                break;
            }
        }

        // Every line comes through here: look for the scheme before copying the line.
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (!StartsWithHttp(text, start))
        {
            return false;
        }

        var url = text.Substring(start).Trim();
        if (url.IndexOf(' ') >= 0)
        {
            return false;
        }

        info.Url = url;
        info.Kind = IsImageUrl(url) ? LineKind.ImageUrl : LineKind.Url;
        return true;
    }

    private static bool IsHttpUrl(string text) => StartsWithHttp(text, 0);

    private static bool StartsWithHttp(string text, int start) =>
        string.Compare(text, start, "http://", 0, 7, StringComparison.OrdinalIgnoreCase) == 0
        || string.Compare(text, start, "https://", 0, 8, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsImageUrl(string url)
    {
        var end = url.IndexOfAny(new[] { '?', '#' });
        var path = AsciiCase.ToLower(end < 0 ? url : url.Substring(0, end));
        foreach (var extension in ImageExtensions)
        {
            if (path.EndsWith(extension, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryDateLine(LineInfo info, Words words)
    {
        if (words.Count > 16)
        {
            return false;
        }

        var text = info.Text;
        var label = DateLabel.None;
        var labelLength = 0;
        foreach (var (name, kind) in DateLabelIndex.At(text, 0))
        {
            if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (text.Length == name.Length || !char.IsLetter(text[name.Length])))
            {
                label = kind;
                labelLength = name.Length;
                break;
            }
        }

        var date = DateParser.Find(text, 0, text.Length);
        if (date is not null && OtherWords(text, date) <= 2)
        {
            info.Kind = LineKind.DateLine;
            info.Date = date;
            info.DateLabel = label;
            return true;
        }

        if (label != DateLabel.None || words.Count <= 6)
        {
            if (DateParser.FindDaysAgo(text, labelLength, text.Length) is { } days && (label != DateLabel.None || words.Count <= 4))
            {
                info.Kind = LineKind.RelativeDate;
                info.DaysAgo = days;
                info.DateLabel = label;
                return true;
            }
        }

        // "Updated at 10:01 pm": a labelled time of day without a date is date furniture, not text.
        if (label != DateLabel.None && words.Count <= 6 && HasTimeOfDay(text))
        {
            info.Kind = LineKind.RelativeDate;
            info.DaysAgo = 0;
            info.DateLabel = label;
            return true;
        }

        // "Published: sometime last spring": the page states a date we cannot read. Keep the line out of the
        // body and let the extractor report it.
        if (label != DateLabel.None && labelLength < text.Length && text[labelLength] == ':' && words.Count <= 8)
        {
            info.Kind = LineKind.DateLine;
            info.DateLabel = label;
            return true;
        }

        return false;
    }

    private static bool HasTimeOfDay(string text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] == ':' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words on the line that are neither part of the date nor date filler ("Published", "on", weekdays,
    /// time zones, a second date: "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019").
    /// </summary>
    private static int OtherWords(string text, DateMatch date)
    {
        var rest = text.Substring(0, date.Start) + " " + text.Substring(date.End);
        if (DateParser.Find(rest, 0, rest.Length) is { } second)
        {
            rest = rest.Substring(0, second.Start) + " " + rest.Substring(second.End);
        }

        var count = 0;
        foreach (var word in Words.Split(rest))
        {
            var bare = word.Trim(',', ':', '.', '|', '(', ')', '-');
            if (bare.Length == 0 || DateFillerWords.Contains(bare) || DateVocabulary.IsWeekday(bare) || !HasLetter(bare)
                || DateVocabulary.TryZone(bare, out _) || DateVocabulary.TryMonth(bare, out _) || bare is "am" or "pm" or "AM" or "PM")
            {
                continue;
            }

            count++;
        }

        return count;
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryCaptionWithCredit(LineInfo info)
    {
        if (!CreditParser.TrySplitCaption(info.Text, out var caption, out var credit) && !CreditParser.TrySplitMarkedCaption(info.Text, out caption, out credit))
        {
            return false;
        }

        info.Kind = LineKind.CaptionWithCredit;
        info.Caption = WithoutGalleryCounter(caption);
        var bar = credit.IndexOf(" | ", StringComparison.Ordinal);
        info.Credit = bar > 0 ? credit.Substring(0, bar).Trim() : credit; // "Tim Webb/UPI | License Photo"
        return true;
    }

    /// <summary>"1 of 3 | A firefighter watches …" → "A firefighter watches …": a gallery's counter is not part of the caption.</summary>
    private static string WithoutGalleryCounter(string caption)
    {
        var i = 0;
        while (i < caption.Length && char.IsDigit(caption[i]))
        {
            i++;
        }

        if (i == 0 || string.Compare(caption, i, " of ", 0, 4, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return caption;
        }

        i += 4;
        var digits = i;
        while (i < caption.Length && char.IsDigit(caption[i]))
        {
            i++;
        }

        while (i < caption.Length && (caption[i] == '|' || TextChars.IsBlank(caption[i])))
        {
            i++;
        }

        return i > digits && i < caption.Length ? caption.Substring(i) : caption;
    }

    private static bool TryLabelledCaption(LineInfo info)
    {
        var text = info.Text;
        foreach (var label in CaptionLabelIndex.At(text, 0))
        {
            if (text.Length > label.Length + 2 && text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text[label.Length] is ':' or ',')
            {
                info.Kind = LineKind.Caption;
                info.Caption = text.Substring(label.Length + 1).Trim();
                return info.Caption.Length > 0;
            }
        }

        return false;
    }

    private static readonly string[] MediaLabels = { "photos:", "gallery:", "video:", "videos:", "photo gallery:", "slideshow:", "watch:", "listen:" };

    private static bool IsMediaLink(string text)
    {
        foreach (var label in MediaLabels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && Words.CountAtMost(text, 13) <= 12)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A menu: several separators, or a long run of capitalised items that never makes a sentence.</summary>
    private static bool IsNavigation(string text, Words words)
    {
        if (TextChars.EndsLikeSentence(text))
        {
            return false;
        }

        int separators = 0, arrows = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var spaced = i > 0 && i < text.Length - 1 && TextChars.IsBlank(text[i - 1]) && TextChars.IsBlank(text[i + 1]);
            if (c is '|' or '\u2022' or '\u00B7' || (spaced && c == '/'))
            {
                separators++;
            }
            else if (c is '\u00BB' or '\u203A' or '\u2192' || (spaced && c == '>'))
            {
                arrows++;
            }
        }

        // "Home > News > Economy" is a breadcrumb; a headline may carry two " | " but rarely three.
        return arrows >= 2 || separators >= 3 || (words.Count >= 16 && words.CapitalizedRatio >= 0.85);
    }
}
