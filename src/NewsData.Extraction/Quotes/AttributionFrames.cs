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
    /// <summary>How far after a quote its verb may stand: a name with an apposition or a short relative clause.</summary>
    private const int MaxSubjectTokens = 24;

    /// <summary>A bracket inside an attribution is short: "(D-Ore.)", "(R-Idaho)".</summary>
    private const int MaxBracketTokens = 8;

    /// <summary>A name with a long apposition: "Okafor, the county's longest-serving commissioner and …, said".</summary>
    private const int MaxAppositionSubjectTokens = 40;

    /// <summary>How far before a quote its verb may stand: "Marsh first said in the spring, when the levee failed, “…".</summary>
    private const int MaxAdjunctTokens = 14;

    /// <summary>A subject without a comma in it (no apposition) is short: "the Iranian foreign minister".</summary>
    private const int MaxPlainSubjectTokens = 8;

    /// <summary>Words between a subject and its verb that belong to neither ("Okafor later said", "Carr has also said").</summary>
    private static readonly HashSet<string> Auxiliaries = AttributionWords.Set("Auxiliaries");

    /// <summary>Words that cannot start the subject of an attribution after a quote: the sentence goes on otherwise.</summary>
    private static readonly HashSet<string> NotSubjectStarts = AttributionWords.Set("NotSubjectStarts");

    private static readonly HashSet<string> Determiners = AttributionWords.Set("Determiners");

    /// <summary>Words after which the subject of a verb begins: "… so tense that Gov. Lena Marsh said".</summary>
    private static readonly HashSet<string> Subordinators = AttributionWords.Set("Subordinators");

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
        var reach = i + 1 < to && tokens[i].IsCapitalized && tokens[i + 1].Text == "," ? MaxAppositionSubjectTokens : MaxSubjectTokens;
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
                var subjectEnd = SubjectEnd(tokens, i, k);
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

            return SubjectOf(tokens, from, v);
        }

        // "As Dana Carr put it, “…"
        if (k - 2 > from && tokens[k].Text is "," or ":" && tokens[k - 1].Text == "it" && tokens[k - 2].Text == "put")
        {
            return SubjectOf(tokens, from, k - 2);
        }

        // "Moreau interjected: “…" / "Board Chairman Tomas Verhoeven delivered a blunt message: “…"
        return tokens[k].Text == ":" ? ClauseSubject(tokens, from, k) : null;
    }

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>: the noun phrase before it, after the last
    /// comma or subordinating word ("… so tense that Gov. Lena Marsh said"). A verb that
    /// shares its subject with an earlier one ("Marsh confirmed she had been and said", "…, Okafor said,
    /// adding", "Mr. Okafor was moved to say") has the clause's subject.
    /// </summary>
    public static Frame? SubjectOf(List<Token> tokens, int from, int verb)
    {
        var subjectEnd = SubjectEnd(tokens, from, verb);
        var infinitive = verb - 1 > from && tokens[verb - 1].Text == "to"; // "Mr. Okafor was moved to say"
        if (subjectEnd > from && (tokens[subjectEnd - 1].Text is "and" or "but" or "as"
            || (tokens[subjectEnd - 1].Text == "," && tokens[verb].Text.EndsWith("ing", System.StringComparison.Ordinal))))
        {
            return SentenceSubject(tokens, from, subjectEnd - 1) ?? ClauseSubject(tokens, from, subjectEnd - 1);
        }

        // "Carr, who said …": the relative pronoun stands for the name before it.
        if (subjectEnd - 1 > from && tokens[subjectEnd - 1].Text is "who" or "which" or "that")
        {
            subjectEnd--;
            if (subjectEnd - 1 > from && tokens[subjectEnd - 1].Text == ",")
            {
                subjectEnd--;
            }
        }

        var subjectStart = SubjectStart(tokens, from, subjectEnd);
        for (var i = subjectEnd - 1; i > subjectStart && tokens[subjectEnd - 1].Text != ","; i--)
        {
            if (tokens[i].IsWord && !tokens[i].IsCapitalized && Subordinators.Contains(tokens[i].Text))
            {
                subjectStart = i + 1;
                break;
            }
        }

        // "Dana Carr, president and CEO of the association stated": an apposition whose closing comma is missing.
        if (subjectStart - 1 > from && tokens[subjectStart - 1].Text == "," && tokens[subjectStart].IsWord && !tokens[subjectStart].IsCapitalized
            && tokens[subjectStart - 2].IsCapitalized && SubjectStart(tokens, from, subjectStart - 1) is var nameStart
            && tokens[nameStart].IsCapitalized && !tokens[nameStart].Lexeme.IsNeverName)
        {
            subjectStart = nameStart;
        }

        if (infinitive && subjectEnd > subjectStart)
        {
            return ClauseSubject(tokens, subjectStart, subjectEnd) ?? new Frame(verb, subjectStart, subjectEnd, Inverted: false);
        }

        return subjectEnd > subjectStart ? new Frame(verb, subjectStart, subjectEnd, Inverted: false)
            : subjectStart == verb ? null : ClauseSubject(tokens, from, verb);
    }

    /// <summary>
    /// The first noun phrase of the clause in [<paramref name="from"/>, <paramref name="to"/>), after a
    /// leading adverbial ("In a radio interview later that day, Marsh went even further:"): the noun phrase
    /// ends where a lower-case word follows a capitalised one ("Marsh called the plan “reckless”").
    /// </summary>
    public static Frame? ClauseSubject(List<Token> tokens, int from, int to)
    {
        var start = from;
        if (start < to && tokens[start].IsWord && LeadingAdverbials.Contains(tokens[start].Text))
        {
            while (start < to && tokens[start].Text != ",")
            {
                start++;
            }

            start++;
        }

        var lastWord = -1;
        if (start < to && tokens[start].Text is "The" or "A" or "An")
        {
            lastWord = -2; // "The local cycling charity Pedal Forward welcomed …": the article is not the name
        }

        for (var i = start; i < to && i - start <= MaxSubjectTokens; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            // "Band member Vox shared …": a lower-case noun between capitalised words belongs to the phrase.
            if (lastWord == -2)
            {
                lastWord = -1;
                continue;
            }

            if (!tokens[i].IsCapitalized && lastWord >= 0 && tokens[lastWord].IsCapitalized && !tokens[i].Lexeme.IsConnector
                && (IsVerbLike(tokens[i]) || i + 1 >= to || !tokens[i + 1].IsCapitalized))
            {
                return i > start ? new Frame(to, start, i, Inverted: false) : null;
            }

            lastWord = i;
        }

        return null;
    }

    /// <summary>A word that reads as a verb in the past or a reporting verb: where a subject ends.</summary>
    private static bool IsVerbLike(Token token) =>
        token.Text.EndsWith("ed", System.StringComparison.Ordinal) || token.Text is "is" or "was" or "has" or "had" or "says" or "calls" or "put"
        || ReportingVerbs.UseOf(token.Text) != VerbUse.None;

    /// <summary>Words that open a sentence with an adverbial before its subject: "In a statement, …", "When asked, …".</summary>
    private static readonly HashSet<string> LeadingAdverbials = AttributionWords.Set("LeadingAdverbials");

    /// <summary>
    /// The subject of the last reporting verb in [<paramref name="from"/>, <paramref name="to"/>):
    /// the speaker of a fragment inside reported speech ("Carr said the plan was “a disaster”").
    /// </summary>
    public static Frame? SentenceSubject(List<Token> tokens, int from, int to)
    {
        for (var v = to - 1; v > from; v--)
        {
            if (VerbAt(tokens, v) == VerbUse.None || tokens[v].IsCapitalized)
            {
                continue;
            }

            if (SubjectOf(tokens, from, v) is { } frame)
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary>Where the subject before a verb at <paramref name="verb"/> ends: auxiliaries and adverbs ("has also") are not part of it.</summary>
    public static int SubjectEnd(List<Token> tokens, int from, int verb)
    {
        var end = verb;
        while (end > from && !tokens[end - 1].IsCapitalized && (Auxiliaries.Contains(tokens[end - 1].Text) || IsAdverb(tokens[end - 1])))
        {
            end--;
        }

        return end;
    }

    /// <summary>"jokingly", "emphatically": a lower-case word in -ly before a verb.</summary>
    private static bool IsAdverb(Token token) => token.IsWord && token.Text.Length > 4 && token.Text.EndsWith("ly", System.StringComparison.Ordinal);


    /// <summary>
    /// Where the subject ending at <paramref name="end"/> starts: after the last comma, unless the
    /// subject ends with an apposition ("Carr, a Fresno resident,"), whose name stands before it.
    /// </summary>
    public static int SubjectStart(List<Token> tokens, int from, int end)
    {
        var start = end;
        if (start > from && tokens[start - 1].Text == ",")
        {
            // An apposition: back to the comma that opens it, then the name before that.
            start--;
            while (start > from && tokens[start - 1].Text != ",")
            {
                start--;
            }

            if (start > from)
            {
                start--;
            }
        }

        while (start > from && tokens[start - 1].Text is not ("," or ";" or ":" or "\u2014" or "(" or ")"))
        {
            start--;
        }

        return start;
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
