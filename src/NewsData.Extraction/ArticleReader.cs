using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Linq;
using NewsData.Extraction.Dates;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Images;
using NewsData.Extraction.Lines;
using NewsData.Extraction.People;
using NewsData.Extraction.Quotes;
using NewsData.Extraction.Publishers;
using NewsData.Extraction.Text;

namespace NewsData.Extraction;

/// <summary>
/// Reads one file: classifies its lines, then finds the headline, the trailer, the images, the
/// standfirst and the body in that order (each step marks the lines it uses), and last the byline,
/// date, URL and publisher, which only need the classified lines.
/// </summary>
internal sealed class ArticleReader
{
    private const int MinTitleWords = 3;
    private const int MaxTitleWords = 40;
    private const int MaxSubtitleWords = 70;

    /// <summary>A second-pass body score above which a line is never taken for an image's caption.</summary>
    private const double SureBodyScore = 1.0;

    private static readonly string[] TitleSeparators = { " | ", " - ", " \u2013 ", " \u2014 ", " :: " };

    private readonly string _id;
    private readonly string _fileName;
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ExtractionDiagnostic> _diagnostics = new();
    private List<LineInfo> _lines = new();
    private readonly HashSet<int> _bodyLines = new();
    private string? _publisherFromTitle;
    private PageReading? _reading;
    private LineModel? _model;

    private readonly ExtractionOptions _options;
    private readonly Corrections.LineOverrides? _lineOverrides;
    private List<TextSpan> _regions = new();

    public ArticleReader(string id, string fileName, string text, ExtractionOptions options, CancellationToken cancellationToken, Corrections.LineOverrides? lineOverrides = null)
    {
        _id = id;
        _fileName = fileName;
        _text = text;
        _options = options;
        _cancellationToken = cancellationToken;
        _lineOverrides = lineOverrides;
    }

    public ExtractionResult Read()
    {
        if (IsBlank(_text))
        {
            Report(DiagnosticIds.EmptyFile, ExtractionSeverity.Error,
                $"'{_fileName}' is empty. Add the scraped page's text, or remove the file from the NewsArticle items.", new TextSpan(0, _text.Length));
            return Result(null);
        }

        if (_text.Length > _options.MaxLength)
        {
            Report(DiagnosticIds.FileTooLarge, ExtractionSeverity.Error,
                $"'{_fileName}' has {_text.Length:N0} characters, more than the limit of {_options.MaxLength:N0}; it is left out. Raise NewsDataMaxFileSize if it really is one article.",
                new TextSpan(0, 0));
            return Result(null);
        }

        if (!TextCheck.Check(_text, _fileName, _diagnostics))
        {
            return Result(null);
        }

        _lines = LineClassifier.Classify(_text, LineSplitter.Split(_text, _cancellationToken), _cancellationToken);
        _model = _options.LineModel ?? LineModel.Default;
        _reading = PageReading.Read(_lines, _model, _lineOverrides?.Apply(_text, _lines));
        _cancellationToken.ThrowIfCancellationRequested();

        var titleIndex = _reading.Title < 0 ? -1 : _reading.Layout.Order[_reading.Title];
        string title;
        if (titleIndex >= 0)
        {
            var titleLine = _lines[titleIndex];
            titleLine.Consumed = titleLine.Kind != LineKind.MetadataHeader;
            title = CleanTitle(HeadlineText.Of(titleLine));
            CheckTitle(titleLine, title);
        }
        else if (HasBody())
        {
            // A page that is only body text keeps it: the article is generated with an empty headline.
            title = string.Empty;
            Report(DiagnosticIds.NoTitle, ExtractionSeverity.Warning,
                $"No headline found in '{_fileName}': no line reads as one, so the article is generated with an empty title and all its body text.",
                new TextSpan(0, 0));
        }
        else
        {
            Report(DiagnosticIds.NoTitle, ExtractionSeverity.Error,
                $"No headline found in '{_fileName}': no line reads as text (every line is a menu, date, URL, credit or page furniture).",
                new TextSpan(0, _text.Length));
            return Result(null);
        }

        if (titleIndex >= 0)
        {
            BylineFinder.MarkUnderHeadline(_lines, titleIndex);
        }

        var trailer = FindTrailer(Math.Max(titleIndex, 0));
        var images = ImageAssembler.Assemble(_lines, 0, trailer, IsSurelyBody);
        _cancellationToken.ThrowIfCancellationRequested();

        var subtitleIndex = titleIndex < 0 ? -1 : FindSubtitle(titleIndex, trailer);
        string? subtitle = null;
        if (subtitleIndex >= 0)
        {
            _lines[subtitleIndex].Consumed = true;
            subtitle = _lines[subtitleIndex].Text;
        }

        var body = CollectBody(title);
        string? signOff = null;
        if (body.Count > 0 && PageMasthead.SignOff(body[body.Count - 1].Text) is var (agency, at))
        {
            // "… the minister said. — Sapa-DPA": the agency's sign-off is the publisher's name, not text.
            var last = body[body.Count - 1];
            body[body.Count - 1] = new BodyParagraph(last.Text.Substring(0, at), last.Start, last.Start + at);
            signOff = agency;
        }

        var paragraphs = body.ConvertAll(p => p.Text);
        if (paragraphs.Count == 0)
        {
            Report(DiagnosticIds.NoBody, ExtractionSeverity.Warning,
                $"'{_fileName}' has a headline but no body paragraph; the article is generated without one.", titleIndex >= 0 ? _lines[titleIndex].Line.Span : new TextSpan(0, 0));
        }

        var firstBodyLine = body.Count > 0 ? FirstLineOf(body[0]) : trailer;
        var people = PeopleReader.Read(_lines, titleIndex, firstBodyLine, trailer);
        var url = FindUrl(firstBodyLine);
        var published = DateReader.Read(_lines, titleIndex, firstBodyLine, trailer, _diagnostics);
        var publisher = FindPublisher(titleIndex, url, people.Authors, images, paragraphs) ?? PublisherFromPage(titleIndex, url, people.Authors, paragraphs, signOff);
        _cancellationToken.ThrowIfCancellationRequested();
        var (entities, quotes) = ReadEntitiesAndQuotes(titleIndex, subtitleIndex, body, trailer, publisher);

        var article = new Article(_id, title)
        {
            SourceFile = _fileName,
            Subtitle = subtitle,
            Authors = people.Authors,
            Contributors = people.Contributors,
            Publisher = publisher,
            Published = published,
            Url = url,
            Images = images,
            Paragraphs = paragraphs,
            Entities = entities,
            Quotes = quotes,
        };
        return Result(article, body.ConvertAll(p => new TextSpan(p.Start, p.End - p.Start)));
    }

    private ExtractionResult Result(Article? article, List<TextSpan>? paragraphSources = null) =>
        new(_id, _fileName, article, _diagnostics.ToArray(), (IReadOnlyList<TextSpan>?)paragraphSources ?? Array.Empty<TextSpan>()) { TextRegions = _regions };

    private void Report(string id, ExtractionSeverity severity, string message, TextSpan span) =>
        _diagnostics.Add(new ExtractionDiagnostic(id, severity, message, span));

    /// <summary>
    /// Whether the body model is sure the line at <paramref name="index"/> (an index into the page's lines)
    /// is body: its score is past <see cref="SureBodyScore"/>, whatever rule decides short pages.
    /// </summary>
    private bool IsSurelyBody(int index)
    {
        var k = Array.BinarySearch(_reading!.Layout.Order, index);
        return k >= 0 && _reading.BodyScores[k] > SureBodyScore;
    }

    /// <summary>Whether the body model took any line of the page.</summary>
    private bool HasBody()
    {
        for (var k = 0; k < _reading!.Layout.Count; k++)
        {
            if (_reading.IsBody[k] && _reading.Layout[k].Kind == LineKind.Text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A headline that reads like a menu or runs on like a paragraph is worth a second look (NEWS009).</summary>
    private void CheckTitle(LineInfo line, string title)
    {
        const int MaxHeadlineWords = 30;
        var words = Words.Measure(title);
        string? doubt = null;
        if (words.Count > MaxHeadlineWords)
        {
            doubt = $"has {words.Count} words, more like a paragraph than a headline";
        }
        else if (title.Split('|').Length > 2 || title.Split('\u2022').Length > 2)
        {
            doubt = "is split by separators like a menu or breadcrumb";
        }
        else if (words.Count < MinTitleWords)
        {
            doubt = $"has only {words.Count} word(s); no longer line was found";
        }

        else if (_reading!.RunnerUp >= 0 && _reading.TitleMargin < _model!.TitleMargin)
        {
            var rival = _reading.Layout[_reading.RunnerUp];
            var rivalText = HeadlineText.Of(rival);
            doubt = $"is uncertain: line {rival.Line.Number + 1} (\"{DiagnosticText.Excerpt(rivalText)}\") reads almost as much like the headline";
        }

        if (doubt is not null)
        {
            Report(DiagnosticIds.DoubtfulExtraction, ExtractionSeverity.Warning,
                $"The headline of '{_fileName}' (\"{DiagnosticText.Excerpt(title)}\") {doubt}. If it is right, silence NEWS009 for this file with NewsDataSuppress=\"NEWS009\" on its NewsArticle item.",
                line.Line.Span);
        }
    }

    /// <summary>Drops a trailing " | The Guardian" or " - BBC News" when it names a known publisher.</summary>
    private string CleanTitle(string title)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var suffix = title.Substring(at + separator.Length);
            if (PublisherDirectory.Default.FindExact(suffix) is { } publisher)
            {
                _publisherFromTitle = publisher;
                return WithoutSectionLabels(title.Substring(0, at).TrimEnd(), separator);
            }
        }

        return title;
    }

    /// <summary>"Headline | World news" → "Headline": short segments left of a masthead are section labels.</summary>
    private static string WithoutSectionLabels(string title, string separator)
    {
        const int MaxSectionWords = 3;
        while (true)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0 || Words.Measure(title, at, title.Length - at).Count > MaxSectionWords
                || Words.Measure(title, 0, at).Count < MinTitleWords)
            {
                return title;
            }

            title = title.Substring(0, at).TrimEnd();
        }
    }

    /// <summary>The first trailer heading ("Most Popular") after some body text, or the end of the file.</summary>
    private int FindTrailer(int titleIndex)
    {
        var sawText = false;
        for (var i = titleIndex + 1; i < _lines.Count; i++)
        {
            var kind = _lines[i].Kind;
            if (kind == LineKind.TrailerHeading && sawText)
            {
                return i;
            }

            sawText |= kind == LineKind.Text;
        }

        return _lines.Count;
    }

    /// <summary>
    /// The standfirst: the first text line after the headline when page furniture (byline, date, lead
    /// image) follows it, or when it is a short unpunctuated summary that more text follows.
    /// </summary>
    private int FindSubtitle(int titleIndex, int end)
    {
        var candidate = -1;
        for (var i = titleIndex + 1; i < end; i++)
        {
            if (_lines[i].Kind == LineKind.Text && !_lines[i].Consumed)
            {
                candidate = i;
                break;
            }
        }

        // A byline without "By" ("Tom Wright, Shipping Correspondent") is not a standfirst.
        if (candidate < 0 || Words.CountAtMost(_lines[candidate].Text, MaxSubtitleWords + 1) > MaxSubtitleWords
            || BylineFinder.FromHeaderLine(_lines, candidate) is not null)
        {
            return -1;
        }

        var next = NextSignificant(candidate + 1, end);
        if (next < 0)
        {
            return -1;
        }

        var nextKind = _lines[next].Kind;
        if (nextKind is LineKind.Byline or LineKind.DateLine or LineKind.RelativeDate or LineKind.Url or LineKind.MetadataHeader)
        {
            return candidate;
        }

        // A lead image under the standfirst; but the first paragraph, which the body model is sure of, may stand there too.
        if (nextKind is LineKind.ImageUrl or LineKind.Credit or LineKind.CaptionWithCredit or LineKind.Caption)
        {
            return IsSurelyBody(candidate) ? -1 : candidate;
        }

        // Without furniture after it, an unpunctuated summary line is a standfirst, unless the header
        // (byline, date) has already ended before it, or it is the first line of a hard-wrapped paragraph.
        var text = _lines[candidate].Text;
        var wrapped = next == candidate + 1 && StartsLowercase(_lines[next].Text);
        return nextKind == LineKind.Text && !wrapped && !HeaderEndsBefore(titleIndex, candidate)
            && !TextChars.EndsLikeSentence(text) && !EndsWithColon(text) && Words.CountAtMost(text, 5) >= 5
            ? candidate
            : -1;
    }

    private bool HeaderEndsBefore(int titleIndex, int candidate)
    {
        for (var i = titleIndex + 1; i < candidate; i++)
        {
            if (_lines[i].Kind is LineKind.Byline or LineKind.DateLine or LineKind.RelativeDate)
            {
                return true;
            }
        }

        return false;
    }

    private int NextSignificant(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_lines[i].Kind is not (LineKind.Blank or LineKind.Junk or LineKind.Navigation))
            {
                return i;
            }
        }

        return -1;
    }

    private int FirstLineOf(BodyParagraph paragraph)
    {
        foreach (var i in _bodyLines)
        {
            if (_lines[i].Line.Start == paragraph.Start)
            {
                return i;
            }
        }

        return _lines.Count;
    }

    /// <summary>
    /// Body paragraphs: the text lines the body model took that nothing else used (headline, standfirst,
    /// captions). A line broken mid-sentence (the next starts in lower case, no blank line between) is
    /// joined back. A first paragraph that repeats the headline is dropped; every other body line is
    /// kept, even one printed twice (no text is lost unless a rule or the model calls it furniture).
    /// </summary>
    private List<BodyParagraph> CollectBody(string title)
    {
        var paragraphs = new List<BodyParagraph>();
        var previousLine = -2;
        var layout = _reading!.Layout;
        for (var k = 0; k < layout.Count; k++)
        {
            var i = layout.Order[k];
            var line = _lines[i];
            if (!_reading.IsBody[k] || line.Kind != LineKind.Text || line.Consumed)
            {
                continue;
            }

            var text = line.Text;
            line.Consumed = true;
            _bodyLines.Add(i);
            if (paragraphs.Count > 0 && previousLine == i - 1 && StartsLowercase(text) && !EndsParagraph(paragraphs[paragraphs.Count - 1].Text))
            {
                var joined = paragraphs[paragraphs.Count - 1];
                paragraphs[paragraphs.Count - 1] = new BodyParagraph(joined.Text + " " + text, joined.Start, line.Line.End);
                previousLine = i;
                continue;
            }

            previousLine = i;
            if (paragraphs.Count == 0 && text == title)
            {
                continue; // the headline printed again above the body; a paragraph repeated later is kept
            }

            paragraphs.Add(new BodyParagraph(text, line.Line.Start, line.Line.End));
        }

        return paragraphs;
    }

    /// <summary>
    /// Entities and quotes, read from the article's own text only: headline, standfirst, body, captions
    /// and credits. Menus contribute the publisher's name and nothing else.
    /// </summary>
    private (List<Entity> Entities, List<Quote> Quotes) ReadEntitiesAndQuotes(int titleIndex, int subtitleIndex, List<BodyParagraph> body, int trailer, string? publisher)
    {
        var segments = new List<Segment>();
        if (titleIndex >= 0)
        {
            var titleLine = _lines[titleIndex];
            // The headline is the line's text, or its end after a header key or breadcrumbs.
            var headline = HeadlineText.Of(titleLine);
            var end = titleLine.Line.Start + titleLine.Text.Length;
            segments.Add(new Segment(end - headline.Length, end, SegmentKind.Headline));
        }

        if (subtitleIndex >= 0)
        {
            segments.Add(SegmentOf(_lines[subtitleIndex], SegmentKind.Prose));
        }

        segments.AddRange(body.ConvertAll(p => new Segment(p.Start, p.End, SegmentKind.Prose)));
        var extras = new List<(string Name, int Start, EntityKind Kind)>();
        for (var i = 0; i < trailer; i++)
        {
            var line = _lines[i];
            switch (line.Kind)
            {
                case LineKind.CaptionWithCredit or LineKind.Caption:
                    segments.Add(SegmentOf(line, SegmentKind.Prose));
                    break;
                case LineKind.Credit:
                    segments.Add(SegmentOf(line, SegmentKind.Credit));
                    break;
                case LineKind.Text when line.Consumed && i != titleIndex && i != subtitleIndex && !_bodyLines.Contains(i):
                    segments.Add(SegmentOf(line, SegmentKind.Prose)); // a caption recognised by its credit
                    break;
                case LineKind.CreditLine:
                    AddNamed(extras, line, line.Credits!.Reporters, EntityKind.Person);
                    AddNamed(extras, line, line.Credits.Contributors, EntityKind.Person);
                    break;
                case LineKind.Byline:
                    AddNamed(extras, line, line.Byline!.Authors.FindAll(PeopleReader.IsPersonName), EntityKind.Person);
                    break;
                case LineKind.MetadataHeader or LineKind.Navigation when publisher is not null:
                    AddNamed(extras, line, new List<string> { publisher }, EntityKind.Organization);
                    break;
            }
        }

        segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        _regions = segments.ConvertAll(segment => new TextSpan(segment.Start, segment.End - segment.Start));
        var recognizer = new EntityRecognizer(_text);
        recognizer.Read(segments, extras);
        var attribution = new QuoteExtractor(_text, recognizer).Extract();
        var (entities, byDraft) = recognizer.Build(_id, attribution.Speakers);
        return (entities, attribution.Quotes.ConvertAll(quote => quote.Build(_text, byDraft)));
    }

    private Segment SegmentOf(LineInfo line, SegmentKind kind) => new(line.Line.Start, line.Line.Start + line.Text.Length, kind);

    /// <summary>Names read from a line (credits, byline, masthead) that occur in it verbatim, with their position.</summary>
    private static void AddNamed(List<(string, int, EntityKind)> extras, LineInfo line, List<string> names, EntityKind kind)
    {
        foreach (var name in names)
        {
            var at = line.Text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                extras.Add((name, line.Line.Start + at, kind));
            }
        }
    }

    private static bool StartsLowercase(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static bool EndsParagraph(string text) => TextChars.EndsLikeSentence(text) || EndsWithColon(text);

    private static bool EndsWithColon(string text) => text.Length > 0 && text[text.Length - 1] == ':';

    /// <summary>The article's own address: a metadata header's, else a URL line in the header.</summary>
    private string? FindUrl(int firstBodyLine)
    {
        foreach (var line in _lines)
        {
            if (line.Kind == LineKind.MetadataHeader && line.Url is { } headerUrl)
            {
                return headerUrl;
            }
        }

        for (var i = 0; i < firstBodyLine; i++)
        {
            if (_lines[i].Kind == LineKind.Url)
            {
                return _lines[i].Url;
            }
        }

        return null;
    }

    /// <summary>
    /// The publisher, from the strongest evidence present: the article's URL, a masthead suffix on the
    /// headline, the site's name in the menu or copyright line, a house byline ("Jerusalem Post Staff"),
    /// the domain the images come from, and last a wire dateline ("MOSCOW (Reuters) -").
    /// </summary>
    private string? FindPublisher(int titleIndex, string? url, IReadOnlyList<string> authors, List<ArticleImage> images, List<string> paragraphs)
    {
        var directory = PublisherDirectory.Default;
        if (url is not null && directory.FindByUrl(url) is { } byUrl)
        {
            return byUrl;
        }

        if (_publisherFromTitle is not null)
        {
            return _publisherFromTitle;
        }

        var masthead = new StringBuilder();
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var isMasthead = line.Kind is LineKind.MetadataHeader or LineKind.Navigation
                || (line.Kind == LineKind.Junk && (IsCopyright(line.Text) || IsSourceLine(line.Text)))
                || (i < titleIndex && line.Kind == LineKind.Text);
            if (isMasthead)
            {
                masthead.Append(line.Remainder ?? line.Text).Append('\n');
            }
        }

        if (directory.FindNameIn(masthead.ToString()) is { } byName)
        {
            return byName;
        }

        foreach (var author in authors)
        {
            if (directory.FindNameIn(author) is { } house)
            {
                return house;
            }
        }

        // "By A and B, CNN": a publisher named in the byline is not an author, but it is evidence.
        foreach (var line in _lines)
        {
            if (line.Kind == LineKind.Byline && line.Byline!.Authors.Select(directory.FindExact).FirstOrDefault(p => p is not null) is { } bylined)
            {
                return bylined;
            }

            // "Written by Pieter de Vries for Reuters ->": the outlet after the names.
            if (line.Kind == LineKind.Byline && line.Byline!.RestStart < line.Text.Length && directory.FindNameIn(line.Text.Substring(line.Byline.RestStart)) is { } outlet)
            {
                return outlet;
            }
        }

        foreach (var image in images)
        {
            if (image.Url is not null && directory.FindByUrl(image.Url) is { } byImage)
            {
                return byImage;
            }
        }

        return paragraphs.Count > 0 ? WireAgency(paragraphs[0]) : null;
    }

    /// <summary>
    /// For a publisher the known list does not have, the name the page prints: its copyright line, the
    /// line that spells its URL's site (else the site), a house byline, the masthead, and last a wire
    /// agency's sign-off or dateline.
    /// </summary>
    private string? PublisherFromPage(int titleIndex, string? url, IReadOnlyList<string> authors, List<string> paragraphs, string? signOff)
    {
        foreach (var line in _lines)
        {
            if (line.Kind == LineKind.Junk && IsCopyright(line.Text) && PageMasthead.FromCopyright(line.Text) is { } copyright)
            {
                return copyright;
            }
        }

        if (url is not null && PageMasthead.FromSite(url, _lines) is { } site)
        {
            return site;
        }

        foreach (var author in authors)
        {
            if (PageMasthead.FromHouseByline(author) is { } house)
            {
                return house;
            }
        }

        return PageMasthead.FromTop(_lines, titleIndex) ?? signOff ?? (paragraphs.Count > 0 ? PageMasthead.FromDateline(paragraphs[0]) : null);
    }

    /// <summary>"Source: Al Jazeera and news agencies": who the page says the story comes from.</summary>
    private static bool IsSourceLine(string text) =>
        text.StartsWith("source:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("sources:", StringComparison.OrdinalIgnoreCase);

    private static bool IsCopyright(string text) =>
        text.StartsWith("\u00A9", StringComparison.Ordinal) || text.StartsWith("copyright", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase);

    /// <summary>"MOSCOW (Reuters) - …", "WASHINGTON, March 3 (AP) — …": the agency in a wire dateline.</summary>
    private static string? WireAgency(string paragraph)
    {
        var open = paragraph.IndexOf('(');
        if (open < 0 || open > 60)
        {
            return null;
        }

        var close = paragraph.IndexOf(')', open);
        if (close < 0 || close + 3 > paragraph.Length)
        {
            return null;
        }

        // "(CNN)The US military …": a glued dateline at the very start.
        if (open == 0 && char.IsUpper(paragraph[close + 1]))
        {
            return PublisherDirectory.Default.FindExact(paragraph.Substring(1, close - 1));
        }

        var after = paragraph.Substring(close + 1).TrimStart();
        if (after.Length == 0 || !TextChars.IsDash(after[0]))
        {
            return null;
        }

        var place = paragraph.Substring(0, open);
        var words = Words.Measure(place);
        if (open == 0)
        {
            return null;
        }
        if (words.Count == 0 || words.AllCaps == 0)
        {
            return null;
        }

        return PublisherDirectory.Default.FindExact(paragraph.Substring(open + 1, close - open - 1));
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!TextChars.IsBlank(c))
            {
                return false;
            }
        }

        return true;
    }
}
