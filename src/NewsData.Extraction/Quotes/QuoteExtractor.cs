using System;
using System.Collections.Generic;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// Finds who said what, after entity recognition. Quoted text is direct when it stands as a statement
/// (sentence start, or introduced by a reporting verb or a colon) and partial when it is a fragment
/// inside a sentence; reported speech without marks is indirect (<see cref="ReportedSpeech"/>). The
/// attribution frame next to a quote decides its speaker (<see cref="AttributionFrames"/>). A quote
/// interrupted by its attribution ("“…,” she said, “…”") is one statement; a paragraph that is only a
/// quote keeps the speaker of the paragraph before (or the one it names when it ends with a colon), and
/// a quote left open at a paragraph's end takes the speaker the next paragraph gives it.
/// </summary>
internal sealed class QuoteExtractor
{
    private const int MinDirectWords = 3;

    /// <summary>An interruption between two parts of one quote is short: ", she said," or ", said Carr, director of the county elections board,".</summary>
    private const int MaxInterruptionTokens = 32;

    private readonly string _text;
    private readonly EntityRecognizer _recognizer;
    private readonly SpeakerEntities _speakers;
    private readonly SpeakerResolver _resolver;
    private readonly List<Paragraph> _paragraphs = new();
    private readonly List<QuoteDraft> _quotes = new();

    // The quotes of the last prose paragraph still waiting for a speaker because they ran on past its end.
    private readonly List<QuoteDraft> _waiting = new();
    private EntityDraft? _previousParagraphSpeaker;

    // The direct quotes of the last paragraph that found no speaker: a line "- Okafor." after them names it.
    private readonly List<QuoteDraft> _unattributed = new();

    public QuoteExtractor(string text, EntityRecognizer recognizer)
    {
        _text = text;
        _recognizer = recognizer;
        _speakers = new SpeakerEntities(text, recognizer);
        _resolver = new SpeakerResolver(recognizer, _speakers);
    }

    public Attribution Extract()
    {
        // The reader hands segments over sorted by start; headlines, captions and paragraphs interleave.
        var segments = _recognizer.Segments;
        var reported = new ReportedSpeech(_text, _resolver, _quotes);
        var headlines = new List<int>();
        foreach (var (segment, tokens, _) in Ordering.IsSortedBy(segments, s => s.Segment.Start) ? segments : Sorted(segments))
        {
            if (segment.Kind == SegmentKind.Credit)
            {
                continue;
            }

            var paragraph = new Paragraph(segment, tokens, QuoteMarks.Find(_text, segment.Start, segment.End));
            _paragraphs.Add(paragraph);
            var index = _paragraphs.Count - 1;
            if (segment.Kind == SegmentKind.Headline)
            {
                headlines.Add(index);
                continue;
            }

            var firstQuote = _quotes.Count;
            AttributeDashLine(index);
            AddQuoted(index);
            reported.Add(_paragraphs, index);
            _previousParagraphSpeaker = LastSpeakerSince(firstQuote);
            _unattributed.Clear();
            for (var i = firstQuote; i < _quotes.Count; i++)
            {
                if (_quotes[i].Speaker is null && _quotes[i].Kind == QuoteKind.Direct)
                {
                    _unattributed.Add(_quotes[i]);
                }
            }
        }

        // Headlines last: their speakers are named in Title Case, and are found by the names the body taught.
        foreach (var index in headlines)
        {
            AddHeadlineQuotes(index);
        }

        _quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Attribution(_quotes, _speakers.Added);
    }

    private static List<(Segment Segment, List<Token> Tokens, bool[] Covered)> Sorted(IReadOnlyList<(Segment Segment, List<Token> Tokens, bool[] Covered)> segments)
    {
        var sorted = new List<(Segment Segment, List<Token> Tokens, bool[] Covered)>(segments);
        sorted.Sort((a, b) => a.Segment.Start.CompareTo(b.Segment.Start));
        return sorted;
    }

    /// <summary>The speaker of the last quote (of any kind) added since <paramref name="first"/>.</summary>
    private EntityDraft? LastSpeakerSince(int first)
    {
        QuoteDraft? last = null;
        for (var i = first; i < _quotes.Count; i++)
        {
            if (_quotes[i].Speaker is not null && (last is null || _quotes[i].Start > last.Start))
            {
                last = _quotes[i];
            }
        }

        return last?.Speaker;
    }

    /// <summary>The paragraph's direct and partial quotes with their speakers.</summary>
    private void AddQuoted(int index)
    {
        var paragraph = _paragraphs[index];
        var tokens = paragraph.Tokens;
        var quoted = paragraph.Quoted;
        EntityDraft? last = null;
        var opensParagraph = true;
        for (var q = 0; q < quoted.Count; q++)
        {
            var first = quoted[q];
            var (start, end) = Trim(first.ContentStart, first.ContentEnd);
            var words = end - start < 2 ? 0 : Words.CountAtMost(_text, start, end - start, MinDirectWords);
            if (words == 0)
            {
                continue;
            }

            var open = Paragraph.FirstTokenAtOrAfter(tokens, first.Open);
            var after = Paragraph.FirstTokenAtOrAfter(tokens, first.End);

            // A transcript quoted whole: "VERHOEVEN: The levee held …" — the label is its speaker.
            if (TranscriptLabel(tokens, open + 1, Paragraph.FirstTokenAtOrAfter(tokens, first.ContentEnd)) is { } label)
            {
                start = tokens[label.Cue + 1].Start;
                var labelled = _resolver.Resolve(_paragraphs, index, label);
                _quotes.Add(new QuoteDraft(start, end, QuoteKind.Direct, labelled));
                last = labelled ?? last;
                opensParagraph = false;
                continue;
            }

            var beforeFrom = paragraph.SentenceStartBefore(open);
            var statement = beforeFrom == open || IsIntroduced(tokens, beforeFrom, open);
            var frame = AttributionFrames.After(tokens, after, paragraph.SentenceEnd(after));

            // "“…,” she said, “…”": the second part is the same statement.
            var lastPart = first;
            if (statement && frame is { } interruption && q + 1 < quoted.Count && JoinsNext(paragraph, interruption, quoted[q + 1]))
            {
                lastPart = quoted[++q];
                (_, end) = Trim(lastPart.ContentStart, lastPart.ContentEnd);
                words = MinDirectWords;
            }

            var found = Frame(index, frame, beforeFrom, open, statement, after);
            var speaker = found is { } attribution ? _resolver.Resolve(_paragraphs, index, attribution) : null;
            if (speaker is null && found is { } lead && lead.PhraseEnd <= beforeFrom)
            {
                found = null; // the sentence before named no one: the statement continues the speaker before it
            }

            if (found is { } source && tokens[source.Cue].Is("according") && speaker is not { Kind: EntityKind.Person }
                && Subjects.ClauseSubject(tokens, beforeFrom, open) is { } subject && _resolver.Resolve(_paragraphs, index, subject) is { Kind: EntityKind.Person } person)
            {
                speaker = person; // "X discussed …, “…,” according to X's office": X's words, reported by the office
            }

            var leadsParagraph = opensParagraph && beforeFrom == open && paragraph.IsParagraphStart(open);
            opensParagraph = false;
            if (found is null && statement)
            {
                // A statement with no attribution of its own continues the speaker before it: of this
                // paragraph, or of the paragraph before when it opens this one, unless that paragraph
                // ends by introducing it ("Okafor released the following statement:").
                speaker = last ?? (leadsParagraph ? SpeakerOfLeadIn(index) ?? _previousParagraphSpeaker : null);
            }

            if (speaker is not null && leadsParagraph)
            {
                foreach (var waiting in _waiting)
                {
                    waiting.Speaker ??= speaker; // the quote that ran on into this paragraph is this speaker's too
                }
            }

            _waiting.Clear();
            var kind = statement && words >= MinDirectWords ? QuoteKind.Direct : QuoteKind.Partial;
            var draft = new QuoteDraft(start, end, kind, speaker);
            _quotes.Add(draft);
            if (!lastPart.Closed && speaker is null)
            {
                _waiting.Add(draft);
            }

            last = speaker ?? last;
        }
    }

    /// <summary>
    /// The attribution of a quote: the frame after it or before it; for a statement without one, the
    /// reporting verb of the sentence just before ("Okafor agreed. “…"); for a fragment, the speaker of
    /// the reported speech it stands in, or the subject of its sentence ("Marsh called the plan “reckless”").
    /// </summary>
    private Frame? Frame(int index, Frame? after, int beforeFrom, int open, bool statement, int afterToken)
    {
        var paragraph = _paragraphs[index];
        var tokens = paragraph.Tokens;

        // After a quote that ends its sentence, a frame before it is the surer one: in "Marsh answers
        // with, “Why now?” Okafor then writes back, …" the words after the quote begin another attribution.
        var before = after is null || (afterToken < tokens.Count && tokens[afterToken].SentenceStart) ? AttributionFrames.Before(tokens, beforeFrom, open) : null;
        if ((before ?? after) is { } frame)
        {
            return frame;
        }

        if (statement)
        {
            // The sentence before a statement names its speaker ("Okafor agreed. “…"), unless it is the
            // end of an attributed quotation ("“…,” said Carr, who met Okafor. “…"): then the statement
            // goes on with that quotation's speaker, whoever else that sentence names.
            var previous = beforeFrom == open && beforeFrom > 0 && !paragraph.IsQuoted(beforeFrom - 1) ? paragraph.SentenceStartBefore(beforeFrom - 1) : -1;
            return previous < 0 || (previous > 0 && paragraph.EndsQuote(tokens[previous - 1].Start))
                ? null
                : Subjects.SentenceSubject(tokens, previous, beforeFrom);
        }

        var sameSentence = afterToken < tokens.Count && tokens[afterToken].Sentence == tokens[open].Sentence;
        return Subjects.SentenceSubject(tokens, beforeFrom, open)
            ?? (sameSentence ? FrameAtSentenceEnd(paragraph, afterToken) : null)
            ?? Subjects.ClauseSubject(tokens, beforeFrom, open);
    }

    /// <summary>"…, Carr said." ending the sentence that holds a fragment.</summary>
    private static Frame? FrameAtSentenceEnd(Paragraph paragraph, int from)
    {
        var tokens = paragraph.Tokens;
        var end = paragraph.SentenceEnd(from);
        for (var comma = end - 1; comma >= from; comma--)
        {
            if (tokens[comma].Text == "," && AttributionFrames.After(tokens, comma + 1, end) is { } frame && frame.Last >= end - 2)
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary>
    /// The interruption is only the frame, with an apposition or an adjunct ("said Carr, executive
    /// director of the board, “…" / "Carr said in a statement. “…"): no other verb, and the second
    /// part follows its punctuation at once.
    /// </summary>
    private bool JoinsNext(Paragraph paragraph, Frame frame, QuotedSpan next)
    {
        var tokens = paragraph.Tokens;
        var nextOpen = Paragraph.FirstTokenAtOrAfter(tokens, next.Open);
        var from = Math.Min(frame.Cue, frame.PhraseStart);
        if (frame.Last >= nextOpen || nextOpen - from > MaxInterruptionTokens || tokens[nextOpen - 1].Text is not ("," or "." or ":" or ";" or "\u2014"))
        {
            return false;
        }

        for (var i = frame.Last + 1; i < nextOpen - 1; i++)
        {
            if (AttributionFrames.VerbAt(tokens, i) != VerbUse.None || (tokens[i].Text is "." or "!" or "?" && tokens[i + 1].Sentence != tokens[i].Sentence))
            {
                return false;
            }
        }

        return Words.CountAtMost(_text, next.ContentStart, next.ContentEnd - next.ContentStart, 1) > 0;
    }

    /// <summary>
    /// The speaker named by the paragraph before <paramref name="index"/> when it ends with a colon that
    /// introduces the quotation opening this one: "Okafor continued:", "The council issued a statement:".
    /// </summary>
    private EntityDraft? SpeakerOfLeadIn(int index)
    {
        var previous = index - 1;
        if (previous < 0 || _paragraphs[previous].Segment.Kind == SegmentKind.Headline)
        {
            return null;
        }

        var paragraph = _paragraphs[previous];
        var colon = paragraph.Tokens.Count - 1;
        if (colon < 1 || paragraph.Tokens[colon].Text != ":" || paragraph.IsQuoted(colon))
        {
            return null;
        }

        return AttributionFrames.Before(paragraph.Tokens, paragraph.SentenceStartBefore(colon), colon + 1) is { } frame
            ? _resolver.Resolve(_paragraphs, previous, frame)
            : null;
    }

    /// <summary>"VERHOEVEN:" or "MS. MARSH:" opening a quotation: an upper-case name and a colon, then words.</summary>
    private static Frame? TranscriptLabel(List<Token> tokens, int from, int to)
    {
        var colon = from;
        while (colon < to && colon - from <= 3 && (tokens[colon].IsAllCaps || tokens[colon].Text == "."))
        {
            colon++;
        }

        return colon > from && colon + 1 < to && tokens[colon].Text == ":" && tokens[colon - 1].IsAllCaps && tokens[colon - 1].Text.Length > 1
            ? new Frame(colon, from, colon, Inverted: false)
            : null;
    }

    /// <summary>"- Chidi Okafor." after a quotation standing alone: the line names its speaker.</summary>
    private void AttributeDashLine(int index)
    {
        var tokens = _paragraphs[index].Tokens;
        if (_unattributed.Count == 0 || tokens.Count < 2 || tokens.Count > 16 || tokens[0].Text is not ("-" or "\u2014" or "\u2013") || !tokens[1].IsCapitalized)
        {
            return;
        }

        var end = 1;
        while (end < tokens.Count && tokens[end].Text is not ("," or "." or ";"))
        {
            end++;
        }

        if (_resolver.Resolve(_paragraphs, index, new Frame(0, 1, end, Inverted: true)) is { } speaker)
        {
            foreach (var quote in _unattributed)
            {
                quote.Speaker = speaker;
            }
        }
    }

    /// <summary>Headlines: "Raisi calls NATO expansion ‘serious threat’", "Okafor: ‘We will rebuild’".</summary>
    private void AddHeadlineQuotes(int index)
    {
        var headline = _paragraphs[index];
        var tokens = headline.Tokens;
        foreach (var span in headline.Quoted)
        {
            var (start, end) = Trim(span.ContentStart, span.ContentEnd);
            if (end - start < 2 || Words.CountAtMost(_text, start, end - start, 1) == 0)
            {
                continue;
            }

            // "Okafor: ‘We will rebuild’" names its speaker; otherwise a name the article knows.
            var open = Paragraph.FirstTokenAtOrAfter(tokens, span.Open);
            var speaker = open >= 2 && open <= 4 && tokens[open - 1].Text == ":" && AttributionFrames.Before(tokens, 0, open) is { } colon
                ? _resolver.Resolve(_paragraphs, index, colon)
                : HeadlineSpeaker(tokens, Math.Min(open, 12));
            _quotes.Add(new QuoteDraft(start, end, QuoteKind.Partial, speaker));
        }
    }

    /// <summary>The first person the headline names before its quote, by a name the article already knows.</summary>
    private EntityDraft? HeadlineSpeaker(List<Token> tokens, int before)
    {
        for (var i = 0; i < before; i++)
        {
            if (_speakers.MentionAt(tokens[i].Start) is { Entity.Kind: EntityKind.Person } mention)
            {
                return mention.Entity;
            }

            // A full name or a surname the body made known ("Hillary Clinton", where "Clinton" is shared).
            if (tokens[i].IsCapitalized && i + 1 < before && tokens[i + 1].IsCapitalized
                && _speakers.Known(_text.Substring(tokens[i].Start, tokens[i + 1].End - tokens[i].Start)) is { Kind: EntityKind.Person } named)
            {
                return named;
            }

            if (tokens[i].IsCapitalized && _speakers.Known(tokens[i].Text) is { Kind: EntityKind.Person } known)
            {
                return known;
            }
        }

        // "Iranian president calls …": a descriptor the article taught.
        var words = new List<string>();
        for (var i = 0; i < before && words.Count < 4; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            words.Add(tokens[i].Text);
            if (_recognizer.Descriptors.TryGetValue(string.Join(" ", words), out var described))
            {
                return described;
            }
        }

        return null;
    }

    /// <summary>
    /// A quote introduced as a statement: after a reporting verb, "that" or a colon at most a few
    /// words back ("Carr said: “", "Carr told reporters, “", "Carr said that “").
    /// </summary>
    private static bool IsIntroduced(List<Token> tokens, int from, int open)
    {
        for (var k = open - 1; k >= from && k >= open - 3; k--)
        {
            var text = tokens[k].Text;
            if (text is ":" || (AttributionFrames.VerbAt(tokens, k) & AttributionFrames.Attributing) != 0)
            {
                return true;
            }

            if (text is not ("that" or "," or "\u2014"))
            {
                return false;
            }
        }

        return false;
    }

    private (int Start, int End) Trim(int start, int end) => QuoteDraft.Trim(_text, start, end);
}
