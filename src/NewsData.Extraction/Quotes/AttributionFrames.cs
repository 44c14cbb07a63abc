using System.Collections.Generic;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// An attribution frame: the reporting verb (or "according to", or a colon after a name) and the
/// slot its speaker stands in, as token indices [<see cref="PhraseStart"/>, <see cref="PhraseEnd"/>).
/// </summary>
internal readonly record struct Frame(int Cue, int PhraseStart, int PhraseEnd, bool Inverted)
{
    /// <summary>The frame's last token: nothing of it stands after this.</summary>
    public int Last => System.Math.Max(Cue, PhraseEnd - 1);
}

/// <summary>
/// Finds the attribution frame next to a quote in the tokens of its sentence: after the quote ("…,”
/// Okafor said", "…,” said Dana Whitfield Carr, executive director of …", "…,” Carr, a Fresno
/// resident, said", "…,” according to X") or before it ("Okafor said: “…", "Said Moreau: “…",
/// "Lena Marsh: “…"). The speaker's slot is the subject before the verb or, with the verb first, the
/// noun phrase after it.
/// </summary>
internal static class AttributionFrames
{

    /// <summary>A bracket inside an attribution is short: "(D-Ore.)", "(R-Idaho)".</summary>
    private const int MaxBracketTokens = 8;

    /// <summary>A name with a long apposition: "Okafor, the county's longest-serving commissioner and …, said".</summary>
    private const int MaxAppositionSubjectTokens = 40;

    /// <summary>How far before a quote its verb may stand: "Marsh first said in the spring, when the levee failed, “…".</summary>
    private const int MaxAdjunctTokens = 14;

    /// <summary>A subject without a comma in it (no apposition) is short: "the Iranian foreign minister".</summary>
    private const int MaxPlainSubjectTokens = 8;

    /// <summary>Words that cannot start the subject of an attribution after a quote: the sentence goes on otherwise.</summary>
    private static readonly HashSet<string> NotSubjectStarts = AttributionWords.Set("NotSubjectStarts");

    private static readonly HashSet<string> Determiners = AttributionWords.Set("Determiners");

    /// <summary>Words that end the noun phrase after a verb that comes first ("said Carr in a statement").</summary>
    private static readonly HashSet<string> ObjectEnds = AttributionWords.Set("ObjectEnds");

    /// <summary>The uses of a verb that attribute a quotation standing next to it (not "called it “…”").</summary>
    public const VerbUse Attributing = VerbUse.Speech | VerbUse.That | VerbUse.Object | VerbUse.Quotation;

    /// <summary>The verb of an attribution: a reporting verb as prose writes it, lower case (or first in its sentence).</summary>
    public static VerbUse VerbAt(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord)
        {
            return VerbUse.None;
        }

        var use = ReportingVerbs.UseOf(token.Text);
        if (use == VerbUse.None && token.SentenceStart && token.IsCapitalized)
        {
            use = ReportingVerbs.UseOf(Text.AsciiCase.ToLower(token.Text));
        }

        // "a question", "his statement", "the report", "the engineers’ comments": after a determiner or a possessive the word is a noun.
        return use != VerbUse.None && i > 0 && (Determiners.Contains(tokens[i - 1].Text) || IsPluralPossessive(tokens, i - 1)) ? VerbUse.None : use;
    }

    /// <summary>The apostrophe of "voters’", glued to a word in -s (not a closing quote mark after a comma).</summary>
    private static bool IsPluralPossessive(List<Token> tokens, int i)
    {
        return i > 0 && tokens[i].Text is "'" or "\u2019" && tokens[i - 1].IsWord && tokens[i - 1].End == tokens[i].Start
            && tokens[i - 1].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"According to X" at <paramref name="i"/>.</summary>
    public static bool IsAccordingTo(List<Token> tokens, int i, int end) =>
        i + 2 < end && tokens[i].Is("according") && tokens[i + 1].Is("to");

    /// <summary>The frame in tokens [<paramref name="from"/>, <paramref name="to"/>) after a quote, if they start with one.</summary>
    public static Frame? After(List<Token> tokens, int from, int to)
    {
        var i = from;
        var dash = false;
        while (i < to && tokens[i].Text is "," or "\u2014" or "\u2013" or "\u2015" or "-" or "..." or "'" or "\u2019")
        {
            dash |= tokens[i].Text is "\u2014" or "\u2013" or "\u2015" or "-";
            i++;
        }

        if (i >= to)
        {
            return null;
        }

        // "“…” ― Teresa Okonjo": a dash and a name alone sign the quote.
        if (dash && NameRunEnd(tokens, i, to) is var signed and > 0)
        {
            return new Frame(i - 1, i, signed, Inverted: true);
        }

        if (IsAccordingTo(tokens, i, to))
        {
            return new Frame(i, i + 2, PhraseEndAfterVerb(tokens, i + 2, to), Inverted: true);
        }

        // "…,” said Carr" / "…,” also said Carr"
        var verb = i;
        while (verb < to && verb < i + 2 && tokens[verb].Text is "also" or "then" or "later")
        {
            verb++;
        }

        if (verb < to && (VerbAt(tokens, verb) & Attributing) != 0 && !tokens[verb].IsCapitalized)
        {
            var end = PhraseEndAfterVerb(tokens, verb + 1, to);

            // "said another resident, Nadia Ferreira": a description, then the name in apposition.
            if (end > verb + 1 && end + 1 < to && tokens[end].Text == "," && tokens[end - 1].IsWord && !tokens[end - 1].IsCapitalized && tokens[end + 1].IsCapitalized)
            {
                var named = PhraseEndAfterVerb(tokens, end + 1, to);
                end = named > end + 1 ? named : end;
            }

            return end > verb + 1 ? new Frame(verb, verb + 1, end, Inverted: true) : null;
        }

        // "…,” Carr said" / "…,” Carr, a Fresno resident, said" / "…,” the company said in a statement"
        if (!tokens[i].IsWord || NotSubjectStarts.Contains(tokens[i].Text)
            || (!tokens[i].IsCapitalized && tokens[i].Text.EndsWith("ing", System.StringComparison.Ordinal)))
        {
            return null; // "…” before cheerfully predicting …", "…, citing strong demand": no subject, no frame
        }

        var commas = 0;
        var bracketed = 0; // "Rep. Ida Brandt (R-Idaho) said": a bracket adds nothing to the subject's length
        var reach = i + 1 < to && tokens[i].IsCapitalized && tokens[i + 1].Text == "," ? MaxAppositionSubjectTokens : Subjects.MaxSubjectTokens;
        for (var k = i; k < to && k - i - bracketed <= reach; k++)
        {
            var text = tokens[k].Text;
            if (IsQuoteMark(tokens[k]) || text is ";" or ":" || (text is "." or "!" or "?" && IsSentenceEnd(tokens, k, to)))
            {
                return null;
            }

            if (text == "(")
            {
                var close = k + 1;
                while (close < to && close - k <= MaxBracketTokens && tokens[close].Text != ")")
                {
                    close++;
                }

                if (close < to && tokens[close].Text == ")")
                {
                    bracketed += close - k + 1;
                    k = close;
                    continue;
                }
            }

            commas += text == "," ? 1 : 0;
            if ((commas == 0 && k - i - bracketed > MaxPlainSubjectTokens) || (commas == 1 && text == "," && !StartsNounPhrase(tokens[i])))
            {
                return null; // "particularly in the region, which began after …": no name with an apposition
            }

            if (k > i && (VerbAt(tokens, k) & Attributing) != 0 && !tokens[k].IsCapitalized)
            {
                var subjectEnd = Subjects.SubjectEnd(tokens, i, k);
                return subjectEnd > i ? new Frame(k, i, subjectEnd, Inverted: false) : null;
            }

            // "…!” Okonjo hollered.": a name and a verb in the past, closing the sentence, attribute the quote
            // whatever the verb.
            if (k > i && commas == 0 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Text.EndsWith("ed", System.StringComparison.Ordinal)
                && k + 1 < to && tokens[k + 1].Text is "." or "," && AllCapitalized(tokens, i, k))
            {
                return new Frame(k, i, k, Inverted: false);
            }
        }

        return null;
    }

    /// <summary>A capitalised word, a determiner or a personal pronoun: how a subject with an apposition begins.</summary>
    private static bool StartsNounPhrase(Token token) =>
        token.IsCapitalized || token.Text is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "one" or "he" or "she" or "they" or "another";

    /// <summary>Where a name that fills the rest of its sentence (up to a comma) ends, or -1: "Teresa Okonjo." / "Nadia Ferreira, 34,".</summary>
    private static int NameRunEnd(List<Token> tokens, int from, int to)
    {
        var end = from;
        while (end < to && (tokens[end].IsCapitalized || (tokens[end].Text == "." && end + 1 < to && !IsSentenceEnd(tokens, end, to))))
        {
            end++;
        }

        var rest = end;
        while (rest < to && tokens[rest].Kind == TokenKind.Punctuation && tokens[rest].Text is "." or "!" or "?")
        {
            rest++;
        }

        return end > from && end - from <= 5 && (rest >= to || tokens[end].Text == ",") ? end : -1;
    }

    private static bool AllCapitalized(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsCapitalized && tokens[i].Text != ".")
            {
                return false;
            }
        }

        return to - from <= 5;
    }

    /// <summary>
    /// The frame in tokens [<paramref name="from"/>, <paramref name="to"/>) before a quote that they
    /// introduce: "Okafor said: “", "Okafor told reporters, “", "In a statement, Okafor said that “",
    /// "Said Moreau: “", "Lena Marsh: “".
    /// </summary>
    public static Frame? Before(List<Token> tokens, int from, int to)
    {
        if (to <= from)
        {
            return null;
        }

        var k = to - 1;
        var introduced = tokens[k].Text is ":" or "," or "that" or "\u2014";
        if (tokens[k].Text == ":" && NameBeforeColon(tokens, from, k) is var name and >= 0)
        {
            return new Frame(k, name, k, Inverted: false);
        }

        // The verb nearest the quote, with at most a short adjunct after it: "said in a statement:", "told CNN,".
        for (var v = k; v >= from && v >= k - MaxAdjunctTokens; v--)
        {
            if ((VerbAt(tokens, v) & Attributing) == 0 || (!tokens[v].SentenceStart && tokens[v].IsCapitalized))
            {
                continue;
            }

            if (v != k && !introduced)
            {
                return null; // "Carr said the plan was “…”": a fragment inside reported speech, not introduced by the verb
            }

            if (v == from || (v == from + 1 && tokens[from].Text is "And" or "But" or "As"))
            {
                var end = PhraseEndAfterVerb(tokens, v + 1, k + 1);
                return end > v + 1 ? new Frame(v, v + 1, end, Inverted: true) : null;
            }

            return Subjects.SubjectOf(tokens, from, v);
        }

        // "According to the council, “…" / "According to Okafor: “…": the whole sentence is the attribution.
        if (introduced && IsAccordingTo(tokens, from, k) && PhraseEndAfterVerb(tokens, from + 2, k + 1) is var named && named >= k)
        {
            return new Frame(from, from + 2, k, Inverted: true);
        }

        // "As Dana Carr put it, “…"
        if (k - 2 > from && tokens[k].Text is "," or ":" && tokens[k - 1].Text == "it" && tokens[k - 2].Text is "put" or "puts")
        {
            return Subjects.SubjectOf(tokens, tokens[from].Is("as") && from + 1 < k - 2 ? from + 1 : from, k - 2);
        }

        // "Moreau interjected: “…" / "Board Chairman Tomas Verhoeven delivered a blunt message: “…"
        return tokens[k].Text == ":" ? Subjects.ClauseSubject(tokens, from, k) : null;
    }

    private static int PhraseEndAfterVerb(List<Token> tokens, int start, int to)
    {
        var end = start;
        while (end < to && !(ObjectEnds.Contains(tokens[end].Text) || IsSentenceEnd(tokens, end, to)) && !IsQuoteMark(tokens[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>A full stop that ends the sentence, not the dot of "Sen." or "M.".</summary>
    private static bool IsSentenceEnd(List<Token> tokens, int k, int to) =>
        tokens[k].Kind == TokenKind.Punctuation && (k + 1 >= to || tokens[k + 1].Sentence != tokens[k].Sentence);

    /// <summary>Where a name standing alone before a colon starts ("Lena Marsh:", "… - Lena Marsh:"), or -1.</summary>
    private static int NameBeforeColon(List<Token> tokens, int from, int colon)
    {
        var start = colon;
        while (start > from && (tokens[start - 1].IsCapitalized || tokens[start - 1].Text == "."))
        {
            start--;
        }

        if (start > from && tokens[start - 1].Text is not ("-" or "\u2014" or "\u2013"))
        {
            return -1;
        }

        // At most a name of four words with a title; "Q:" and "A:" label an interview, not a speaker.
        return colon - start is >= 1 and <= 5 && !(colon - start == 1 && tokens[start].Text.Length == 1) ? start : -1;
    }

    /// <summary>A double quotation mark: single ones are apostrophes as often as not ("the voters’ choice").</summary>
    public static bool IsQuoteMark(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "\u201C" or "\u201D" or "\u201E" or "\u00AB" or "\u00BB" or "\"";
}
