using System.Collections.Generic;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Text;

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

    /// <summary>How far "that" may follow the verb across an object or an adjunct ("said in a statement on Monday that").</summary>
    private const int MaxAdjunctTokens = 10;

    /// <summary>How long an attribution closing a sentence may be: "…, Farmers Union Director of Policy Ida Brandt told the Gazette earlier this week."</summary>
    private const int MaxTrailingFrameTokens = 24;

    /// <summary>A closing attribution holds at most an apposition: the subject starts after one of the last three commas.</summary>
    private const int MaxTrailingFrameCommas = 3;

    /// <summary>An object before a request's "to" is short: "the county engineer", "Commissioner Dana Whitfield Carr".</summary>
    private const int MaxObjectTokens = 6;

    private static readonly HashSet<string> QuestionWords = AttributionWords.Set("QuestionWords");

    /// <summary>After a comma, words that end a reported clause: the sentence turns to something else.</summary>
    private static readonly HashSet<string> ClauseBreaks = AttributionWords.Set("ClauseBreaks");

    /// <summary>Auxiliaries and copulas: a clause has them, an adjunct after an attribution does not.</summary>
    private static readonly HashSet<string> Finite = AttributionWords.Set("Finite");

    private static readonly HashSet<string> DescriptionStarts = AttributionWords.Set("DescriptionStarts");

    /// <summary>A description that speaks after its verb is short: "said a spokesman for the campaign".</summary>
    private const int MaxDescriptionTokens = 6;

    /// <summary>An attribution inside a sentence is short: ", former employees said," / ", Ms. Marsh said,".</summary>
    private const int MaxParentheticalTokens = 6;

    /// <summary>How long the rest after a closing attribution may be: "…, said Carr, another veteran engineer who worked on the levee."</summary>
    private const int MaxTrailingAdjunctTokens = 24;

    /// <summary>Words that open the adjunct after a closing attribution ("…, Carr said in a statement on Tuesday.").</summary>
    private static readonly HashSet<string> AdjunctStarts = AttributionWords.Set("AdjunctStarts");

    private static readonly HashSet<string> ObjectPronouns = AttributionWords.Set("ObjectPronouns");

    private static readonly HashSet<string> Adjuncts = AttributionWords.Set("Adjuncts");

    /// <summary>Words that cannot start a reported clause: what follows is an adjunct or an object, not what was said.</summary>
    private static readonly HashSet<string> NotClauseStarts = AttributionWords.Set("NotClauseStarts");

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
        for (var k = first + 1; k < end; k++)
        {
            // The lexeme's cached flag first: almost no word is a reporting verb, and it answers without a lookup.
            if (!tokens[k].Lexeme.IsReportingVerb)
            {
                continue;
            }

            var use = AttributionFrames.VerbAt(tokens, k);
            if ((use & (VerbUse.Speech | VerbUse.That)) == 0 || tokens[k].IsCapitalized || paragraph.IsQuoted(k))
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

            if (AttributionFrames.SubjectOf(tokens, first, k) is not { } subject || !IsSubject(paragraph, subject.PhraseStart, subject.PhraseEnd))
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
    /// "…, said Dana Carr", "…, a spokesman said", "…, officials said": the slot of a closing
    /// attribution holds a name, a pronoun or a short description, not the start of a clause ("X, a
    /// senator, said the board will vote …") or of a participle ("…, citing strong demand from …").
    /// </summary>
    private static bool IsSpeakerSlot(List<Token> tokens, Frame frame)
    {
        var phrase = SpeakerPhrase.Read(tokens, frame.PhraseStart, frame.PhraseEnd);
        if (phrase.Kind is PhraseKind.Name or PhraseKind.Pronoun)
        {
            return true;
        }

        // "said a spokesman", "officials said": a determiner first, or a plural noun or two.
        var length = frame.PhraseEnd - frame.PhraseStart;
        if (phrase.Kind != PhraseKind.Description || length > MaxDescriptionTokens
            || !(DescriptionStarts.Contains(tokens[frame.PhraseStart].Text) || (length <= 2 && tokens[frame.PhraseEnd - 1].Text.EndsWith("s", System.StringComparison.Ordinal))))
        {
            return false;
        }

        for (var i = frame.PhraseStart; i < frame.PhraseEnd; i++)
        {
            if (tokens[i].Text is "will" or "would" or "is" or "was" or "are" or "were" or "has" or "have" or "had" or "can" or "could"
                or "should" or "may" or "might" or "must" or "does" or "did" or "do" or "not")
            {
                return false; // "said the board will vote": a clause, not a speaker
            }
        }

        return true;
    }

    /// <summary>", she said," between two parts of a sentence that each have words: the attribution of both.</summary>
    private static Frame? Parenthetical(Paragraph paragraph, int first, int verb, int end)
    {
        var tokens = paragraph.Tokens;
        for (var comma = verb - 1; comma > first && verb - comma <= MaxParentheticalTokens; comma--)
        {
            if (tokens[comma].Text != "," || paragraph.IsQuoted(comma))
            {
                continue;
            }

            if (AttributionFrames.After(tokens, comma + 1, end) is { } frame && frame.Cue == verb && frame.Last + 2 < end && tokens[frame.Last + 1].Text == ","
                && !paragraph.IsQuoted(frame.Last + 2) && !AttributionFrames.IsQuoteMark(tokens[frame.Last + 2]))
            {
                return frame;
            }

            return null;
        }

        return null;
    }

    /// <summary>A subject has words, none of them quoted.</summary>
    private static bool IsSubject(Paragraph paragraph, int start, int end)
    {
        var words = false;
        for (var i = start; i < end; i++)
        {
            if (paragraph.IsQuoted(i) || AttributionFrames.IsQuoteMark(paragraph.Tokens[i]))
            {
                return false;
            }

            words |= paragraph.Tokens[i].IsWord;
        }

        return words;
    }

    /// <summary>"…, Carr said." / "…, said Carr, a Fresno resident." / "…, Carr told the Gazette earlier this week."</summary>
    private static (int Comma, Frame Frame)? TrailingFrame(Paragraph paragraph, int first, int verb, int end)
    {
        var tokens = paragraph.Tokens;
        var commas = 0;
        for (var comma = verb - 1; comma > first && verb - comma <= MaxTrailingFrameTokens && commas < MaxTrailingFrameCommas; comma--)
        {
            if (tokens[comma].Text != "," || paragraph.IsQuoted(comma))
            {
                continue;
            }

            commas++;

            if (AttributionFrames.After(tokens, comma + 1, end) is { } frame && frame.Cue == verb && RestIsAdjunct(tokens, frame.Last + 1, end)
                && IsSpeakerSlot(tokens, frame))
            {
                return (comma, frame);
            }
        }

        return null;
    }

    /// <summary>After an attribution only an adjunct may close the sentence: "in a statement", "on Tuesday", "earlier this week".</summary>
    private static bool RestIsAdjunct(List<Token> tokens, int from, int end)
    {
        if (end - from > MaxTrailingAdjunctTokens)
        {
            return false;
        }

        // Nothing, an adjunct ("in a statement", "earlier this week"), an object ("told the Gazette", "told
        // reporters", "told the AP") with an adjunct, or an apposition (", another veteran engineer"):
        // never a clause or an object of its own ("said he was …", "stressed the importance of …").
        var next = SkipObject(tokens, from, end);
        if (next < end && tokens[next].Kind == TokenKind.Word && !AdjunctStarts.Contains(tokens[next].Text))
        {
            return false;
        }

        if (next + 1 < end && tokens[next].Text == "," && !(tokens[next + 1].IsCapitalized || tokens[next + 1].Text is "the" or "a" or "an" or "who" or "another"
            || AdjunctStarts.Contains(tokens[next + 1].Text)))
        {
            return false;
        }

        for (var i = from; i < end; i++)
        {
            if ((AttributionFrames.VerbAt(tokens, i) & (VerbUse.Speech | VerbUse.That)) != 0 || tokens[i].Text is ";" || AttributionFrames.IsQuoteMark(tokens[i])
                || Finite.Contains(tokens[i].Text))
            {
                return false; // "…, said the damage at the levee was …": a clause
            }
        }

        return true;
    }

    /// <summary>Where the reported clause after the verb at <paramref name="verb"/> starts, or -1 when it reports no speech.</summary>
    private static int ClauseStart(Paragraph paragraph, int verb, int end, VerbUse use)
    {
        var tokens = paragraph.Tokens;
        var i = verb + 1;
        if (i >= end)
        {
            return -1;
        }

        // A reported question ("asked whether …") or request ("urged lawmakers to …", "called on Congress to …").
        if ((use & (VerbUse.Question | VerbUse.Request)) != 0 && QuestionOrRequest(paragraph, i, end, use) is var asked and >= 0)
        {
            return asked;
        }

        // An object first ("told reporters", "told CNN", "told the AP"), or an adjunct ("said on Tuesday", "said in a statement").
        var skipped = false;
        if ((use & VerbUse.Object) != 0 && SkipObject(tokens, i, end) is var objectEnd && objectEnd > i)
        {
            i = objectEnd;
            skipped = true;
        }

        while (i < end && Adjuncts.Contains(tokens[i].Text))
        {
            i++;
        }

        if (i < end && tokens[i].Is("that"))
        {
            i++;
        }
        else if (i < end && (NotClauseStarts.Contains(tokens[i].Text) || (use & VerbUse.Speech) == 0 || ((use & VerbUse.Object) != 0 && !skipped)))
        {
            // "said in a statement on Monday that …": the clause starts at "that", if it comes.
            var that = IndexOf(tokens, i, System.Math.Min(end, i + MaxAdjunctTokens), "that");
            if (that < 0 || HasVerbOrQuote(paragraph, i, that))
            {
                return -1;
            }

            i = that + 1;
        }

        if (i < end && tokens[i].Text is ":" or ",")
        {
            return -1; // "said: “…" introduces a quotation, "said, however," an aside
        }

        return i < end && !AttributionFrames.IsQuoteMark(tokens[i]) && !paragraph.IsQuoted(i) ? i : -1;
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
            if (!tokens[k].Is("asked") || paragraph.IsQuoted(k) || !(k == first || tokens[k - 1].Text is "when" or "When" or "after" or "After" or "if" or "once" or ","))
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

    /// <summary>
    /// Where a reported question or request starts, or -1: the question word ("asked whether the plan …",
    /// "asked reporters if …"), or the object before "to" ("urged lawmakers to pass it", "called on the
    /// senator to apologise": who was asked is part of what was asked).
    /// </summary>
    private static int QuestionOrRequest(Paragraph paragraph, int i, int end, VerbUse use)
    {
        var tokens = paragraph.Tokens;
        var objectStart = i < end && tokens[i].Text == "on" && (use & VerbUse.Request) != 0 ? i + 1 : i; // "called on"
        for (var k = objectStart; k < end && k - objectStart <= MaxObjectTokens; k++)
        {
            var text = tokens[k].Text;
            if ((use & VerbUse.Question) != 0 && QuestionWords.Contains(text))
            {
                return k + 1 < end && !paragraph.IsQuoted(k) ? k : -1;
            }

            if ((use & VerbUse.Request) != 0 && text == "to" && k > objectStart && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized)
            {
                return objectStart;
            }

            if (!tokens[k].IsWord || AttributionFrames.VerbAt(tokens, k) != VerbUse.None || paragraph.IsQuoted(k) || NotClauseStarts.Contains(text))
            {
                return -1; // "asked Russia for military assistance in response to …": no request of one
            }
        }

        return -1;
    }

    /// <summary>
    /// A reported clause ends with its sentence, or where the sentence goes on to something else: ",
    /// according to", ", adding that", ", but …", ", whereas …", "; …", "and noted that …".
    /// </summary>
    private static int ClauseEnd(List<Token> tokens, int clause, int last)
    {
        for (var i = clause + 1; i < last; i++)
        {
            var text = tokens[i].Text;
            if (text == ";" || (text == "," && ClauseBreaks.Contains(tokens[i + 1].Text))
                || (text == "and" && (AttributionFrames.VerbAt(tokens, i + 1) & (VerbUse.Speech | VerbUse.That)) != 0))
            {
                return i - 1;
            }
        }

        return last;
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
        foreach (var span in paragraphs[index].Quoted)
        {
            if (span.ContentStart < clauseEnd && clauseEnd < span.ContentEnd && span.Open >= tokens[from].Start)
            {
                clauseEnd = span.ContentEnd;
            }
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

    /// <summary>A clause that is one quotation from end to end is a direct quote, found already.</summary>
    private static bool IsAllQuoted(Paragraph paragraph, int from, int to)
    {
        foreach (var span in paragraph.Quoted)
        {
            if (span.Open <= paragraph.Tokens[from].Start && paragraph.Tokens[to].Start < span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVerbOrQuote(Paragraph paragraph, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (AttributionFrames.VerbAt(paragraph.Tokens, i) != VerbUse.None || AttributionFrames.IsQuoteMark(paragraph.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsName(List<Token> tokens, int i) => tokens[i].IsCapitalized && !tokens[i].Lexeme.IsNeverName;

    /// <summary>After an object that is a pronoun, "reporters" or a name ("CNN", "the AP", "Fox News"): where it ends (<paramref name="i"/> when there is none).</summary>
    private static int SkipObject(List<Token> tokens, int i, int end)
    {
        if (i < end && ObjectPronouns.Contains(tokens[i].Text))
        {
            return i + 1;
        }

        var start = i < end && tokens[i].Text == "the" && i + 1 < end && IsName(tokens, i + 1) ? i + 1 : i;
        if (start >= end || !IsName(tokens, start))
        {
            return i;
        }

        var j = start + 1;
        while (j < end && (IsName(tokens, j) || tokens[j].Text is "'s" or "\u2019s" || (tokens[j].Text == "." && tokens[j - 1].Text.Length <= 3 && j + 1 < end && IsName(tokens, j + 1))))
        {
            j++;
        }

        return j;
    }

    private static int PhraseEnd(List<Token> tokens, int from, int end)
    {
        var i = from;
        while (i < end && tokens[i].Kind != TokenKind.Punctuation || (i < end && tokens[i].Text is "'" or "\u2019" or "." && i + 1 < end && tokens[i + 1].IsWord))
        {
            i++;
        }

        return i;
    }

    private static int IndexOf(List<Token> tokens, int from, int end, string text)
    {
        for (var i = from; i < end; i++)
        {
            if (tokens[i].Is(text))
            {
                return i;
            }
        }

        return -1;
    }
}
