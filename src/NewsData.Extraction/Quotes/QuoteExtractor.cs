using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// Finds who said what. Quoted text is direct when it stands as a statement (sentence start, or after a
/// reporting verb, "that" or a colon) and partial when it is a fragment inside a sentence. Reported
/// speech without marks ("Putin said that …", "Raisi stressed the importance of …", "…, according to
/// ISNA") is indirect. Speakers come from attributions around the quote ("…,” Raisi said", "said
/// Raisi", "the Iranian president said", "he said", "according to X"); a paragraph that is only a quote
/// inherits the previous speaker; "I" and "we" are never speakers.
/// </summary>
internal sealed class QuoteExtractor
{
    private const int MinIndirectWords = 4;
    private const int AttributionWindow = 8;

    /// <summary>How far around a quote its attribution and the sentence's subject are looked for, in tokens.</summary>
    private const int Lookback = 60;

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase) { "also", "later", "further", "then", "again", "previously", "earlier", "reportedly", "repeatedly", "has", "had", "have", "was", "went", "on", "to" };

    private readonly string _text;
    private readonly EntityRecognizer _entities;
    private readonly Func<EntityDraft, Entity> _built;
    private readonly List<Quote> _quotes = new();
    private readonly HashSet<int> _indirectStarts = new();
    private EntityDraft? _lastSpeaker;

    public QuoteExtractor(string text, EntityRecognizer entities, Func<EntityDraft, Entity> built)
    {
        _text = text;
        _entities = entities;
        _built = built;
    }

    public List<Quote> Extract()
    {
        // The reader hands segments over sorted by start, and quotes are usually found in text order.
        IEnumerable<(Segment Segment, List<Token> Tokens, bool[] Covered)> segments = _entities.Segments;
        if (!Ordering.IsSortedBy(_entities.Segments, s => s.Segment.Start))
        {
            segments = segments.OrderBy(s => s.Segment.Start);
        }

        foreach (var (segment, tokens, _) in segments)
        {
            if (segment.Kind == SegmentKind.Credit)
            {
                continue;
            }

            var quoted = QuoteMarks.Find(_text, segment.Start, segment.End, singleQuotes: segment.Kind == SegmentKind.Headline);
            foreach (var span in quoted)
            {
                AddQuoted(segment, tokens, span);
            }

            if (segment.Kind == SegmentKind.Prose)
            {
                AddIndirect(tokens, quoted);
            }
        }

        return Ordering.IsSortedBy(_quotes, q => q.Span.Start) ? _quotes : _quotes.OrderBy(q => q.Span.Start).ToList();
    }

    private void AddQuoted(Segment segment, List<Token> tokens, QuotedSpan span)
    {
        var (start, end) = Trim(span.ContentStart, span.ContentEnd);
        var wordCount = end - start < 2 ? 0 : Words.CountAtMost(_text, start, end - start, 3); // compared with 0 and 3 only
        if (wordCount == 0)
        {
            return;
        }

        // Only the neighbourhood of a quote matters: a bounded window on each side keeps many quotes linear.
        var firstInside = FirstTokenAtOrAfter(tokens, span.Open);
        var firstAfter = FirstTokenAtOrAfter(tokens, span.Close + 1);
        var before = new TokenRange(tokens, Math.Max(0, firstInside - Lookback), Math.Min(firstInside, Lookback));
        var after = new TokenRange(tokens, firstAfter, Math.Min(tokens.Count - firstAfter, Lookback));
        var sentenceOfOpen = before.Count > 0 ? before[before.Count - 1].Sentence : -1;
        var openerSentenceStart = before.Count == 0 || before[before.Count - 1].Text is "." or "!" or "?" or ":" || FirstTokenAtOrAfter(tokens, span.Open + 1) is var opened && opened < tokens.Count && tokens[opened].SentenceStart;
        var introducedBySpeech = IntroducedBySpeech(before);
        var direct = segment.Kind == SegmentKind.Prose && (openerSentenceStart || introducedBySpeech)
            && wordCount >= 3;

        var speaker = segment.Kind == SegmentKind.Headline
            ? HeadlineSpeaker(new TokenRange(tokens, 0, Math.Min(firstInside, Lookback)))
            : SpeakerAfter(after, span) ?? SpeakerBefore(before, sentenceOfOpen) ?? SentenceSubject(before, after, span, sentenceOfOpen);
        if (speaker is null && span.Open == segment.Start && segment.Kind == SegmentKind.Prose)
        {
            speaker = _lastSpeaker; // a paragraph that is only a quote continues the previous speaker
        }

        if (speaker is not null)
        {
            _lastSpeaker = speaker;
        }

        _quotes.Add(new Quote(_text.Substring(start, end - start), direct ? QuoteKind.Direct : QuoteKind.Partial,
            speaker is null ? null : _built(speaker), new TextSpan(start, end - start)));
    }

    /// <summary>"…,” Raisi said." / "…,” said the Iranian president." / "…,” Raisi went on to add." / "…,” according to X."</summary>
    private EntityDraft? SpeakerAfter(TokenRange after, QuotedSpan span)
    {
        if (after.Count == 0)
        {
            return null;
        }

        var sentence = after[0].Sentence;
        var length = 0;
        while (length < after.Count && length < AttributionWindow && after[length].Sentence == sentence && !IsQuoteMark(after[length].Text))
        {
            length++;
        }

        var window = after.Slice(0, length);
        if (window.Count > 0 && window[0].SentenceStart && span.ClosedInSegment && !IsOpenSentenceAfterQuote(span))
        {
            return null;
        }

        for (var k = 0; k < window.Count; k++)
        {
            if (window[k].Is("according") && k + 1 < window.Count && window[k + 1].Is("to"))
            {
                var source = Resolve(window.Slice(k + 2), window[k].Start);
                return source is { Kind: EntityKind.Person } ? source : PersonBefore(span.Open, sentence: window[k].Sentence) ?? source;
            }

            if (!window[k].Lexeme.IsReportingVerb)
            {
                continue;
            }

            // Subject before the verb ("Raisi said", "the Iranian president said", "Raisi went on to add")…
            var subject = new List<Token>(k);
            for (var j = 0; j < k; j++)
            {
                if (!Adverbs.Contains(window[j].Text) && window[j].Text != ",")
                {
                    subject.Add(window[j]);
                }
            }

            if (subject.Count > 0)
            {
                return Resolve(TokenRange.All(subject), window[k].Start);
            }

            // …or after it ("said Raisi").
            var objectEnd = k + 1;
            while (objectEnd < window.Count && window[objectEnd].Text is not ("," or "." or "that"))
            {
                objectEnd++;
            }

            return Resolve(window.Slice(k + 1, objectEnd - k - 1), window[k].Start);
        }

        return null;
    }

    /// <summary>The first person named earlier in the same sentence as <paramref name="position"/>.</summary>
    private EntityDraft? PersonBefore(int position, int sentence)
    {
        var segment = _entities.Segments.FirstOrDefault(s => s.Segment.Start <= position && position <= s.Segment.End);
        var tokens = segment.Tokens;
        if (tokens is null)
        {
            return null;
        }

        var i = FirstTokenAtOrAfter(tokens, position) - 1;
        var sentenceStart = position;
        for (var seen = 0; i >= 0 && tokens[i].Sentence == sentence && seen < Lookback; i--, seen++)
        {
            sentenceStart = tokens[i].Start;
        }

        return _entities.FirstPersonIn(sentenceStart, position);
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/> (tokens are in text order).</summary>
    private static int FirstTokenAtOrAfter(List<Token> tokens, int position)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private bool IsOpenSentenceAfterQuote(QuotedSpan span)
    {
        var i = span.Close + 1;
        while (i < _text.Length && (char.IsWhiteSpace(_text[i]) || _text[i] == ','))
        {
            i++;
        }

        return i < _text.Length && char.IsLower(_text[i]);
    }

    /// <summary>"Raisi said: “…" / "Raisi stated that “…".</summary>
    private EntityDraft? SpeakerBefore(TokenRange before, int sentence)
    {
        var inSentence = before.InSentence(sentence);
        for (var k = inSentence.Count - 1; k >= 0 && k >= inSentence.Count - 4; k--)
        {
            if (inSentence[k].Lexeme.IsReportingVerb)
            {
                // The words since the last comma or semicolon before the verb, without adverbs; the last five of them.
                var clauseStart = k;
                while (clauseStart > 0 && inSentence[clauseStart - 1].Text is not ("," or ";"))
                {
                    clauseStart--;
                }

                var subject = new List<Token>(k - clauseStart);
                for (var j = clauseStart; j < k; j++)
                {
                    if (!Adverbs.Contains(inSentence[j].Text))
                    {
                        subject.Add(inSentence[j]);
                    }
                }

                return subject.Count > 0 ? Resolve(TokenRange.All(subject).Slice(Math.Max(0, subject.Count - 5)), inSentence[k].Start) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A fragment with no attribution of its own takes the sentence's speaker: the person followed by a
    /// reporting verb ("Putin said that … “a legitimate response”"), or the person the sentence is about
    /// when the sentence ends "according to" an organisation.
    /// </summary>
    private EntityDraft? SentenceSubject(TokenRange before, TokenRange after, QuotedSpan span, int sentence)
    {
        var inSentence = before.InSentence(sentence);
        for (var k = 0; k + 1 < inSentence.Count; k++)
        {
            var next = k + 1;
            while (next < inSentence.Count && Adverbs.Contains(inSentence[next].Text))
            {
                next++;
            }

            if (next < inSentence.Count && inSentence[next].Lexeme.IsReportingVerb && Resolve(inSentence.Slice(k, 1), inSentence[k].Start) is { } subject)
            {
                return subject;
            }
        }

        var rest = after.InSentence(sentence);
        var according = IndexOfWord(rest, 0, "according");
        if (according >= 0)
        {
            var person = inSentence.Count > 0 ? _entities.FirstPersonIn(inSentence[0].Start, span.Open) : null;
            return person ?? Resolve(rest.Slice(according + 2), rest[according].Start);
        }

        return null;
    }

    /// <summary>Headlines: "Iranian president calls NATO expansion ‘serious threat’" — the words before the verb.</summary>
    private EntityDraft? HeadlineSpeaker(TokenRange before)
    {
        var words = new List<Token>();
        for (var i = 0; i < before.Count; i++)
        {
            if (before[i].IsWord)
            {
                words.Add(before[i]);
            }
        }

        for (var take = 1; take <= Math.Min(words.Count, 4); take++)
        {
            var phrase = TokenRange.All(words).Slice(0, take);
            if (Resolve(phrase, int.MaxValue, allowDescriptorWithoutArticle: true) is { Kind: EntityKind.Person } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>Reported speech: "Putin said that …", "with Raisi specifying that …", "…, according to ISNA".</summary>
    private void AddIndirect(List<Token> tokens, List<QuotedSpan> quoted)
    {
        // Tokens come in text order, so each sentence is a run of them.
        for (var first = 0; first < tokens.Count;)
        {
            var next = first + 1;
            while (next < tokens.Count && tokens[next].Sentence == tokens[first].Sentence)
            {
                next++;
            }

            var words = new TokenRange(tokens, first, next - first);
            first = next;
            for (var k = 1; k < words.Count; k++)
            {
                if (!words[k].Lexeme.IsReportingVerb || !ReportingVerbs.IntroducesReportedSpeech(words[k].Text))
                {
                    continue;
                }

                var subjectEnd = k;
                while (subjectEnd > 0 && Adverbs.Contains(words[subjectEnd - 1].Text))
                {
                    subjectEnd--;
                }

                if (subjectEnd == 0 || Resolve(words.Slice(subjectEnd - 1, 1), words[subjectEnd - 1].Start) is not { } speaker)
                {
                    continue;
                }

                // Reported speech follows the verb, or "that" after an object ("told reporters that …") or an
                // adjunct ("said on Telegram that …"). Without "that", an object or adjunct is no speech at all.
                var clauseStart = k + 1;
                if (clauseStart < words.Count && (Vocabulary.ObjectFirstVerbs.Contains(words[k].Text) || Vocabulary.Prepositions.Contains(words[clauseStart].Text)))
                {
                    var that = IndexOfWord(words, clauseStart, "that");
                    if (that < 0)
                    {
                        continue;
                    }

                    clauseStart = that;
                }

                if (clauseStart < words.Count && words[clauseStart].Text is "that" or ":" or ",")
                {
                    clauseStart++;
                }

                if (clauseStart >= words.Count || IsQuoteMark(words[clauseStart].Text) || StartsInsideQuote(words[clauseStart].Start, quoted))
                {
                    break; // the verb introduces a quotation: already a direct quote
                }

                var last = words.Count - 1;
                while (last > clauseStart && (words[last].Kind == TokenKind.Punctuation && !IsQuoteMark(words[last].Text)))
                {
                    last--;
                }

                var comma = IndexOfCommaAfter(words, clauseStart);
                if (comma > clauseStart && IndexOfWord(words, comma, "according") >= 0)
                {
                    last = comma - 1;
                }

                AddIndirectQuote(words[clauseStart].Start, words[last].End, speaker);
                break;
            }

            AddAccordingTo(words);
        }
    }

    // Loops rather than FindIndex with a lambda: a lambda capturing the loop's locals allocated a closure
    // for every token of every sentence (about 7 % of extraction's allocation).
    private static int IndexOfWord(TokenRange words, int from, string word)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (words[i].Is(word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first comma at or after <paramref name="from"/> that stands after that token.</summary>
    private static int IndexOfCommaAfter(TokenRange words, int from)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (words[i].Text == "," && words[i].Start > words[from].Start)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"Putin spoke with Raisi on Thursday, according to the Iranian Students' News Agency."</summary>
    private void AddAccordingTo(TokenRange words)
    {
        var at = IndexOfWord(words, 0, "according");
        if (at < 2 || at + 2 >= words.Count || !words[at + 1].Is("to") || words[at - 1].Text != ",")
        {
            return;
        }

        var speaker = Resolve(words.Slice(at + 2), words[at].Start);
        if (speaker is null || HasQuoteMark(words, at))
        {
            return;
        }

        AddIndirectQuote(words[0].Start, words[at - 2].End, speaker);
    }

    private static bool HasQuoteMark(TokenRange words, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (IsQuoteMark(words[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private void AddIndirectQuote(int start, int end, EntityDraft speaker)
    {
        (start, end) = Trim(start, end);
        if (Words.CountAtMost(_text, start, end - start, MinIndirectWords) < MinIndirectWords || !_indirectStarts.Add(start))
        {
            return;
        }

        _quotes.Add(new Quote(_text.Substring(start, end - start), QuoteKind.Indirect, _built(speaker), new TextSpan(start, end - start)));
        _lastSpeaker = speaker;
    }

    /// <summary>
    /// The entity a short phrase names: a person or organisation mentioned in it, "he"/"she" as the
    /// most recent person, or a descriptor learned from the article ("the Iranian president").
    /// </summary>
    private EntityDraft? Resolve(TokenRange phrase, int position, bool allowDescriptorWithoutArticle = false)
    {
        if (phrase.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < phrase.Count; i++)
        {
            if (phrase[i].Text is "I" or "We" or "we" or "They" or "they" or "You" or "you")
            {
                return null;
            }
        }

        // Loops, not LINQ: this runs for every reporting verb's subject.
        EntityDraft? firstMentioned = null;
        for (var i = 0; i < phrase.Count; i++)
        {
            if (_entities.MentionAt(phrase[i].Start) is { Entity.Kind: EntityKind.Person or EntityKind.Organization } mention)
            {
                if (mention.Entity.Kind == EntityKind.Person)
                {
                    return mention.Entity;
                }

                firstMentioned ??= mention.Entity;
            }
        }

        if (phrase.Count == 1 && Pronouns.Contains(phrase[0].Text))
        {
            return _entities.LastPersonBefore(position);
        }

        if (allowDescriptorWithoutArticle || StartsWithThe(phrase))
        {
            var words = new List<string>(phrase.Count);
            for (var i = 0; i < phrase.Count; i++)
            {
                if (phrase[i].IsWord)
                {
                    words.Add(phrase[i].Text);
                }
            }

            var descriptor = string.Join(" ", words.SkipWhile(w => w.Equals("the", StringComparison.OrdinalIgnoreCase)));
            if (_entities.Descriptors.TryGetValue(descriptor, out var described))
            {
                return described;
            }

            if (LastTitledPersonBefore(AsciiCase.ToLower(descriptor), position) is { } titled)
            {
                return titled;
            }
        }

        return firstMentioned;
    }

    /// <summary>
    /// The person with this title mentioned last before <paramref name="position"/>. A method of its
    /// own: its lambdas capture the position, and in <see cref="Resolve"/> their closure was allocated
    /// on every call, reached or not.
    /// </summary>
    private EntityDraft? LastTitledPersonBefore(string title, int position) =>
        _entities.Entities.Where(e => e.Kind == EntityKind.Person && e.HasTitle(title))
            .Select(e => (Entity: e, Last: e.Mentions.Where(m => m.End <= position).Select(m => m.Start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0).OrderByDescending(x => x.Last).FirstOrDefault().Entity;

    /// <summary>The phrase's first word is "the" ("the Iranian president").</summary>
    private static bool StartsWithThe(TokenRange phrase)
    {
        for (var i = 0; i < phrase.Count; i++)
        {
            if (phrase[i].IsWord)
            {
                return phrase[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static bool IntroducedBySpeech(TokenRange before)
    {
        for (var k = before.Count - 1; k >= 0 && k >= before.Count - 3; k--)
        {
            var text = before[k].Text;
            if (text is ":" || before[k].Lexeme.IsReportingVerb)
            {
                return true;
            }

            if (text is not ("that" or ","))
            {
                return false;
            }
        }

        return false;
    }

    private static bool StartsInsideQuote(int position, List<QuotedSpan> quoted)
    {
        foreach (var q in quoted)
        {
            if (q.Open <= position && position <= q.Close)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuoteMark(string text) => text.Length == 1 && (TextChars.IsOpeningQuote(text[0]) || TextChars.IsClosingQuote(text[0])) && text != "'";

    /// <summary>Without surrounding blanks and the comma that hands a quote over to its attribution.</summary>
    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && TextChars.IsBlank(_text[start]))
        {
            start++;
        }

        while (end > start && (TextChars.IsBlank(_text[end - 1]) || _text[end - 1] == ','))
        {
            end--;
        }

        return (start, end);
    }
}
