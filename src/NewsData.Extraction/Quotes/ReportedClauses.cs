using System.Collections.Generic;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// Where reported speech is in a sentence: the clause after a reporting verb (after its object, its
/// adjunct or "that"), a question or request, where the clause ends, and the attributions that close
/// a sentence ("…, X said") or stand inside it (", she said,").
/// </summary>
internal static class ReportedClauses
{
    /// <summary>How far "that" may follow the verb across an object or an adjunct ("said in a statement on Monday that").</summary>
    internal const int MaxAdjunctTokens = 10;

    /// <summary>How long an attribution closing a sentence may be: "…, Farmers Union Director of Policy Ida Brandt told the Gazette earlier this week."</summary>
    internal const int MaxTrailingFrameTokens = 24;

    /// <summary>A closing attribution holds at most an apposition: the subject starts after one of the last three commas.</summary>
    internal const int MaxTrailingFrameCommas = 3;

    /// <summary>A description that speaks after its verb is short: "said a spokesman for the campaign".</summary>
    internal const int MaxDescriptionTokens = 6;

    /// <summary>An attribution inside a sentence is short: ", former employees said," / ", Ms. Marsh said,".</summary>
    internal const int MaxParentheticalTokens = 6;

    /// <summary>How long the rest after a closing attribution may be: "…, said Carr, another veteran engineer who worked on the levee."</summary>
    internal const int MaxTrailingAdjunctTokens = 24;

    /// <summary>An object before a request's "to" is short: "the county engineer", "Commissioner Dana Whitfield Carr".</summary>
    internal const int MaxObjectTokens = 6;

    internal static readonly HashSet<string> QuestionWords = AttributionWords.Set("QuestionWords");

    /// <summary>After a comma, words that end a reported clause: the sentence turns to something else.</summary>
    private static readonly HashSet<string> ClauseBreaks = AttributionWords.Set("ClauseBreaks");

    /// <summary>Auxiliaries and copulas: a clause has them, an adjunct after an attribution does not.</summary>
    private static readonly HashSet<string> Finite = AttributionWords.Set("Finite");

    private static readonly HashSet<string> DescriptionStarts = AttributionWords.Set("DescriptionStarts");

    /// <summary>Words that open the adjunct after a closing attribution ("…, Carr said in a statement on Tuesday.").</summary>
    private static readonly HashSet<string> AdjunctStarts = AttributionWords.Set("AdjunctStarts");

    private static readonly HashSet<string> ObjectPronouns = AttributionWords.Set("ObjectPronouns");

    private static readonly HashSet<string> Adjuncts = AttributionWords.Set("Adjuncts");

    /// <summary>Words that cannot start a reported clause: what follows is an adjunct or an object, not what was said.</summary>
    private static readonly HashSet<string> NotClauseStarts = AttributionWords.Set("NotClauseStarts");

    /// <summary>
    /// "…, said Dana Carr", "…, a spokesman said", "…, officials said": the slot of a closing
    /// attribution holds a name, a pronoun or a short description, not the start of a clause ("X, a
    /// senator, said the board will vote …") or of a participle ("…, citing strong demand from …").
    /// </summary>
    internal static bool IsSpeakerSlot(List<Token> tokens, Frame frame)
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
    internal static Frame? Parenthetical(Paragraph paragraph, int first, int verb, int end)
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
    internal static bool IsSubject(Paragraph paragraph, int start, int end)
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

    /// <summary>After an attribution only an adjunct may close the sentence: "in a statement", "on Tuesday", "earlier this week".</summary>
    internal static bool RestIsAdjunct(List<Token> tokens, int from, int end)
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
    internal static int ClauseStart(Paragraph paragraph, int verb, int end, VerbUse use)
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
    /// Where a reported question or request starts, or -1: the question word ("asked whether the plan …",
    /// "asked reporters if …"), or the object before "to" ("urged lawmakers to pass it", "called on the
    /// senator to apologise": who was asked is part of what was asked).
    /// </summary>
    internal static int QuestionOrRequest(Paragraph paragraph, int i, int end, VerbUse use)
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
    internal static int ClauseEnd(List<Token> tokens, int clause, int last)
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

    /// <summary>A clause that is one quotation from end to end is a direct quote, found already.</summary>
    internal static bool IsAllQuoted(Paragraph paragraph, int from, int to) =>
        paragraph.SpanContaining(paragraph.Tokens[from].Start) is { } span && paragraph.Tokens[to].Start < span.End;

    internal static bool HasVerbOrQuote(Paragraph paragraph, int from, int to)
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

    internal static bool IsName(List<Token> tokens, int i) => tokens[i].IsCapitalized && !tokens[i].Lexeme.IsNeverName;

    /// <summary>After an object that is a pronoun, "reporters" or a name ("CNN", "the AP", "Fox News"): where it ends (<paramref name="i"/> when there is none).</summary>
    internal static int SkipObject(List<Token> tokens, int i, int end)
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

    internal static int PhraseEnd(List<Token> tokens, int from, int end)
    {
        var i = from;
        while (i < end && tokens[i].Kind != TokenKind.Punctuation || (i < end && tokens[i].Text is "'" or "\u2019" or "." && i + 1 < end && tokens[i + 1].IsWord))
        {
            i++;
        }

        return i;
    }

    internal static int IndexOf(List<Token> tokens, int from, int end, string text)
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

    /// <summary>"…, Carr said." / "…, said Carr, a Fresno resident." / "…, Carr told the Gazette earlier this week."</summary>
    internal static (int Comma, Frame Frame)? TrailingFrame(Paragraph paragraph, int first, int verb, int end)
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
}
