using System.Collections.Generic;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// The subject of a reporting verb: the noun phrase before it, after the last comma or subordinating
/// word, with an apposition's name before it and auxiliaries and adverbs left out; the subject a
/// participle or an infinitive shares with its clause; and the first noun phrase of a clause.
/// </summary>
internal static class Subjects
{
    /// <summary>How far after a quote its verb may stand: a name with an apposition or a short relative clause.</summary>
    internal const int MaxSubjectTokens = 24;

    /// <summary>Words between a subject and its verb that belong to neither ("Okafor later said", "Carr has also said").</summary>
    private static readonly HashSet<string> Auxiliaries = AttributionWords.Set("Auxiliaries");

    /// <summary>Words after which the subject of a verb begins: "… so tense that Gov. Lena Marsh said".</summary>
    private static readonly HashSet<string> Subordinators = AttributionWords.Set("Subordinators");

    /// <summary>Words that open a sentence with an adverbial before its subject: "In a statement, …", "When asked, …".</summary>
    private static readonly HashSet<string> LeadingAdverbials = AttributionWords.Set("LeadingAdverbials");

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
        if (subjectEnd > from && tokens[subjectEnd - 1].Text is "and" or "but" or "as")
        {
            return SentenceSubject(tokens, from, subjectEnd - 1) ?? ClauseSubject(tokens, from, subjectEnd - 1);
        }

        // "Okafor bristled at the question, saying", "Marsh deflected it before saying": a participle
        // after a clause has that clause's subject, which opens the sentence; after an attribution that
        // closes the clause ("The two will meet, Carr said, adding") it has the attribution's.
        if (subjectEnd > from && tokens[subjectEnd - 1].Text is "," or "before" or "after" or "upon" or "by" or "while"
            && tokens[verb].Text.EndsWith("ing", System.StringComparison.Ordinal))
        {
            var said = SentenceSubject(tokens, from, subjectEnd - 1);
            return said is { } closing && closing.Cue >= subjectEnd - 3 ? closing : ClauseSubject(tokens, from, subjectEnd - 1) ?? said;
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

    /// <summary>
    /// The subject of the last reporting verb in [<paramref name="from"/>, <paramref name="to"/>):
    /// the speaker of a fragment inside reported speech ("Carr said the plan was “a disaster”").
    /// </summary>
    public static Frame? SentenceSubject(List<Token> tokens, int from, int to)
    {
        for (var v = to - 1; v > from; v--)
        {
            if (AttributionFrames.VerbAt(tokens, v) == VerbUse.None || tokens[v].IsCapitalized)
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
}
