using System.Collections.Generic;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Text;
using static NewsData.Extraction.Quotes.ReportedClauses;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// Reported speech without quote marks, as indirect quotes whose text is the reported clause: "X said
/// (that) …", "X told Y (that) …", "X confirmed that …", "…, X said", "…, said X", "…, according to
/// X", "According to X, …", and "…, adding that …". A verb that only reports with "that" (confirm,
/// deny, announce) needs it; after an object or an adjunct ("told reporters", "said on Tuesday") the
/// clause starts at "that" too, unless the object is a name or a pronoun ("told CNN the …").
/// Beliefs and intentions are not speech and have no verb here.
/// </summary>
internal sealed class ReportedSpeech
{
    private const int MinClauseWords = 4;

    private readonly string _text;
    private readonly SpeakerResolver _resolver;
    private readonly List<QuoteDraft> _quotes;
    private readonly HashSet<int> _starts = new();

    public ReportedSpeech(string text, SpeakerResolver resolver, List<QuoteDraft> quotes)
    {
        _text = text;
        _resolver = resolver;
        _quotes = quotes;
    }

    public void Add(IReadOnlyList<Paragraph> paragraphs, int index)
    {
        var paragraph = paragraphs[index];
        var tokens = paragraph.Tokens;

        // Tokens come in text order, so each sentence is a run of them.
        for (var first = 0; first < tokens.Count;)
        {
            var end = first + 1;
            while (end < tokens.Count && tokens[end].Sentence == tokens[first].Sentence)
            {
                end++;
            }

            AddSentence(paragraphs, index, first, end);
            first = end;
        }
    }

    private void AddSentence(IReadOnlyList<Paragraph> paragraphs, int index, int first, int end)
    {
        var paragraph = paragraphs[index];
        var tokens = paragraph.Tokens;

        // A sentence after a quote that ends with it begins with the quote's closing mark.
        while (first < end && (paragraph.IsQuoted(first) || AttributionFrames.IsQuoteMark(tokens[first])))
        {
            first++;
        }

        if (first >= end)
        {
            return;
        }

        var last = end - 1;
        while (last > first && tokens[last].Kind == TokenKind.Punctuation && !AttributionFrames.IsQuoteMark(tokens[last]))
        {
            last--;
        }

        // "According to X, …"
        if (AttributionFrames.IsAccordingTo(tokens, first, end) && IndexOf(tokens, first + 2, end, ",") is var comma and > 0)
        {
            Add(paragraphs, index, comma + 1, last, new Frame(first, first + 2, comma, Inverted: true));
            return;
        }

        AddAskedQuestion(paragraphs, index, first, end, last);
        for (var scan = first + 1; scan < end; scan++)
        {
            // The lexeme's cached flag first: almost no word is a reporting verb, and it answers without a lookup.
            // A finding ("a poll found that …") is read from its "that": its verb is no sign of a person.
            var k = scan;
            if (!tokens[k].Lexeme.IsReportingVerb)
            {
                if (!tokens[k].Is("that") || k - 1 <= first || (ReportingVerbs.UseOf(tokens[k - 1].Text) & VerbUse.Finding) == 0)
                {
                    continue;
                }

                k--;
            }

            var use = AttributionFrames.VerbAt(tokens, k);
            if ((use & (VerbUse.Speech | VerbUse.That | VerbUse.Finding)) == 0 || tokens[k].IsCapitalized || paragraph.IsQuoted(k))
            {
                continue;
            }

            // "…, X said" / "…, said X" closing the sentence: the clause is before it.
            if (TrailingFrame(paragraph, first, k, end) is { } trailing)
            {
                Add(paragraphs, index, first, trailing.Comma - 1, trailing.Frame);
                return;
            }

            // "Now, she said, the two villages rarely meet": one statement around its attribution.
            if (Parenthetical(paragraph, first, k, end) is { } aside)
            {
                Add(paragraphs, index, first, last, aside);
                return;
            }

            if (Subjects.SubjectOf(tokens, first, k) is not { } subject || !IsSubject(paragraph, subject.PhraseStart, subject.PhraseEnd))
            {
                continue; // "“…,” said Carr, …": the verb attributes a quotation
            }

            var clause = ClauseStart(paragraph, k, end, use);
            if (clause < 0)
            {
                continue;
            }

            var clauseEnd = ClauseEnd(tokens, clause, last);
            Add(paragraphs, index, clause, clauseEnd, subject);
            AddAdding(paragraphs, index, clauseEnd + 1, last, subject);
            return;
        }

        // "…, according to X."
        for (var k = first + 2; k + 2 < end; k++)
        {
            if (tokens[k - 1].Text == "," && AttributionFrames.IsAccordingTo(tokens, k, end) && !paragraph.IsQuoted(k))
            {
                Add(paragraphs, index, first, k - 2, new Frame(k, k + 2, PhraseEnd(tokens, k + 2, end), Inverted: true));
                return;
            }
        }
    }

    /// <summary>
    /// "Asked by the host whether …, Okafor said" / "…, Marsh said when asked whether …": the
    /// question someone was asked is reported speech too, by whoever asked it (after "by"), if anyone.
    /// </summary>
    private void AddAskedQuestion(IReadOnlyList<Paragraph> paragraphs, int index, int first, int end, int last)
    {
        var paragraph = paragraphs[index];
        var tokens = paragraph.Tokens;
        for (var k = first; k < end; k++)
        {
            if (!tokens[k].Lexeme.IsReportingVerb || !tokens[k].Is("asked") || paragraph.IsQuoted(k) || !(k == first || tokens[k - 1].Text is "when" or "When" or "after" or "After" or "if" or "once" or ","))
            {
                continue;
            }

            var i = k + 1;
            Frame? asker = null;
            if (i < end && tokens[i].Text == "by")
            {
                var byEnd = i + 1;
                while (byEnd < end && byEnd - i <= MaxObjectTokens && tokens[byEnd].Kind == TokenKind.Word && !QuestionWords.Contains(tokens[byEnd].Text)
                       && tokens[byEnd].Text is not ("to" or "about" or "in" or "on" or "at" or "during"))
                {
                    byEnd++;
                }

                asker = new Frame(i, i + 1, byEnd, Inverted: true);
                i = byEnd;
            }

            var question = QuestionOrRequest(paragraph, i, end, VerbUse.Question);
            if (question < 0)
            {
                continue;
            }

            var close = question;
            while (close < last && tokens[close + 1].Text is not ("," or ";"))
            {
                close++;
            }

            var (start, stop) = QuoteDraft.Trim(_text, tokens[question].Start, tokens[close].End);
            if (Words.CountAtMost(_text, start, stop - start, MinClauseWords) >= MinClauseWords && _starts.Add(start))
            {
                _quotes.Add(new QuoteDraft(start, stop, QuoteKind.Indirect, asker is { } by ? _resolver.Resolve(paragraphs, index, by) : null));
            }

            return;
        }
    }

    /// <summary>"…, adding that …", "… and noted that …": a second clause by the same speaker.</summary>
    private void AddAdding(IReadOnlyList<Paragraph> paragraphs, int index, int from, int last, Frame frame)
    {
        var tokens = paragraphs[index].Tokens;
        if (from + 1 < last && tokens[from].Text is "," or "and")
        {
            var verb = tokens[from + 1].Text is "and" or "but" ? from + 2 : from + 1;
            var use = verb < last ? AttributionFrames.VerbAt(tokens, verb) : VerbUse.None;
            if ((use & (VerbUse.Speech | VerbUse.That)) != 0 && ClauseStart(paragraphs[index], verb, last + 1, use) is var clause and >= 0)
            {
                var clauseEnd = ClauseEnd(tokens, clause, last);
                Add(paragraphs, index, clause, clauseEnd, frame);
                AddAdding(paragraphs, index, clauseEnd + 1, last, frame);
            }
        }
    }

    private void Add(IReadOnlyList<Paragraph> paragraphs, int index, int from, int to, Frame frame)
    {
        var tokens = paragraphs[index].Tokens;
        if (from < 0 || to < from || to >= tokens.Count)
        {
            return;
        }

        // A quotation inside the clause is kept whole: the clause never ends part of the way through it.
        var clauseEnd = tokens[to].End;
        if (paragraphs[index].SpanContaining(clauseEnd - 1) is { } inside && inside.ContentStart < clauseEnd && clauseEnd < inside.ContentEnd
            && inside.Open >= tokens[from].Start)
        {
            clauseEnd = inside.ContentEnd;
        }

        var (start, end) = QuoteDraft.Trim(_text, tokens[from].Start, clauseEnd);
        if (end <= start || Words.CountAtMost(_text, start, end - start, MinClauseWords) < MinClauseWords || !_starts.Add(start) || IsAllQuoted(paragraphs[index], from, to))
        {
            return;
        }

        var speaker = _resolver.Resolve(paragraphs, index, frame);
        if (speaker is not null && tokens[from].IsWord)
        {
            _resolver.Speakers.SpokeOfItself(speaker, tokens[from].Text);
        }

        _quotes.Add(new QuoteDraft(start, end, QuoteKind.Indirect, speaker));
    }

}
