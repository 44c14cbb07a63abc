using System.Collections.Generic;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Quotes;

internal enum PhraseKind : byte
{
    /// <summary>Nothing that can speak: "I", "we", an empty slot.</summary>
    None,

    /// <summary>A name, without its titles: "Dana Whitfield Carr", "Gray" (from "Mr. Gray").</summary>
    Name,

    /// <summary>"he", "she", "they".</summary>
    Pronoun,

    /// <summary>A common noun phrase: "the company", "a spokesman for the campaign", "officials".</summary>
    Description,
}

/// <summary>
/// The noun phrase in an attribution's subject or object slot, read down to its head: appositions,
/// relative clauses, brackets and prepositional phrases after a name are cut ("Sen. Ida Brandt of
/// Idaho, another member of the panel" → "Ida Brandt"), titles are taken off the name ("Senate
/// Minority Leader Ida M. Brandt" → "Ida M. Brandt"), and the last capitalised run is the head
/// ("NDRC executive Director Tomas Verhoeven" → "Tomas Verhoeven"). A phrase that ends in a common noun
/// ("the Marsh campaign", "an Okafor spokesman") is a description, not a name.
/// </summary>
internal readonly struct SpeakerPhrase
{
    private const int MaxNameWords = 4;

    private static readonly HashSet<string> Leading = AttributionWords.Set("Leading");

    private static readonly HashSet<string> Cuts = AttributionWords.Set("Cuts");

    private static readonly HashSet<string> PrepositionsAfterName = AttributionWords.Set("PrepositionsAfterName");

    private static readonly HashSet<string> NameJoiners = AttributionWords.Set("NameJoiners");

    private SpeakerPhrase(PhraseKind kind, int start, int end, int titleStart, int appositionHead = -1)
    {
        Kind = kind;
        Start = start;
        End = end;
        TitleStart = titleStart;
        AppositionHead = appositionHead;
    }

    /// <summary>
    /// The head noun of an apposition after the name ("company" in "Equinor, the Norwegian state energy
    /// company,"), or -1: evidence that the name is one, and of what kind.
    /// </summary>
    public int AppositionHead { get; }

    public PhraseKind Kind { get; }

    /// <summary>The name's tokens [Start, End) for a name; the pronoun or the description's words otherwise.</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>Where the titles before the name begin (== <see cref="Start"/> when it has none).</summary>
    public int TitleStart { get; }

    public static SpeakerPhrase Read(List<Token> tokens, int start, int end)
    {
        while (start < end && (tokens[start].Text is "," or "\u2014" or "\u2013" or "-" || Leading.Contains(tokens[start].Text)))
        {
            start++;
        }

        // The head noun phrase: up to an apposition, a bracket or a relative clause.
        var cut = start;
        while (cut < end && !Cuts.Contains(tokens[cut].Text))
        {
            cut++;
        }

        // "the board's spokesman, Dana Carr": a description whose apposition is the name.
        if (cut < end && cut > start && tokens[cut].Text == "," && !IsNameWord(tokens[cut - 1]) && cut + 1 < end && tokens[cut + 1].IsCapitalized)
        {
            var appositionEnd = cut + 1;
            while (appositionEnd < end && !Cuts.Contains(tokens[appositionEnd].Text))
            {
                appositionEnd++;
            }

            if (appositionEnd - cut <= MaxNameWords + 2 && Read(tokens, cut + 1, appositionEnd) is { Kind: PhraseKind.Name } apposition)
            {
                return apposition;
            }
        }

        var appositionHead = cut < end && tokens[cut].Text == "," ? AppositionHeadAfter(tokens, cut + 1, end) : -1;
        end = cut;
        if (start >= end)
        {
            return default;
        }

        if (end - start == 1 && tokens[start].Text is "he" or "He" or "she" or "She" or "they" or "They")
        {
            return new SpeakerPhrase(PhraseKind.Pronoun, start, end, start);
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].Text is "I" or "we" or "We" or "you" or "You" or "us" or "me")
            {
                return default;
            }
        }

        // A prepositional phrase after a name modifies it ("Dana Carr of the University of
        // Leeds"); after a title it is part of it ("Secretary of State Ida Brandt").
        for (var i = start + 1; i < end; i++)
        {
            if (PrepositionsAfterName.Contains(tokens[i].Text) && tokens[i - 1].IsCapitalized && !IsTitleWord(tokens, i - 1, end))
            {
                end = i;
                break;
            }
        }

        // Trailing "Jr." and the like belong to the name before them.
        var last = end - 1;
        while (last > start && (tokens[last].Text is "." or ")" || tokens[last].Text is "Jr" or "Sr" or "III" or "II"))
        {
            last--;
        }

        if (!IsNameWord(tokens[last]) && !(last > start && tokens[last].IsCapitalized && !tokens[last].SentenceStart && IsNameWord(tokens[last - 1])))
        {
            return new SpeakerPhrase(PhraseKind.Description, start, end, start);
        }

        var runStart = last;
        while (runStart > start && (IsNameWord(tokens[runStart - 1]) || IsJoiner(tokens, runStart - 1, start) || SpeakerTitles.Length(tokens, runStart - 1, last + 1) > 0))
        {
            runStart--;
        }

        while (runStart < last && tokens[runStart].Text == ".")
        {
            runStart++;
        }

        // Titles at the front of the run, the last of them nearest the name: "Former Attorney General Ida Brandt".
        var nameStart = runStart;
        for (var i = runStart; i <= last; i++)
        {
            var title = SpeakerTitles.Length(tokens, i, last + 1);
            if (title > 0 && i + title <= last)
            {
                nameStart = i + title;
                i += title - 1;
            }
        }

        var words = 0;
        for (var i = nameStart; i <= last; i++)
        {
            words += tokens[i].IsWord && tokens[i].Text.Length > 1 ? 1 : 0;
        }

        if (words == 0)
        {
            return new SpeakerPhrase(PhraseKind.Description, start, end, start);
        }

        if (words > MaxNameWords)
        {
            nameStart = LastWords(tokens, nameStart, last, MaxNameWords - 1);
        }

        return new SpeakerPhrase(PhraseKind.Name, nameStart, last + 1, runStart, appositionHead);
    }

    /// <summary>"the Norwegian state energy company of …" → "company": the last word before a preposition or the apposition's end, if it is a noun after a determiner.</summary>
    private static int AppositionHeadAfter(List<Token> tokens, int start, int end)
    {
        if (start >= end || tokens[start].Text is not ("a" or "an" or "the" or "another" or "its" or "his" or "her" or "their"))
        {
            return -1;
        }

        var head = -1;
        for (var i = start + 1; i < end && !Cuts.Contains(tokens[i].Text) && !PrepositionsAfterName.Contains(tokens[i].Text); i++)
        {
            head = tokens[i].IsWord ? i : head;
        }

        return head;
    }

    /// <summary>The pronoun, lower-cased ("he", "she", "they").</summary>
    public string Pronoun(List<Token> tokens) => tokens[Start].Text.ToLowerInvariant();

    /// <summary>The description's last word, its head noun ("company" in "the company").</summary>
    public string Head(List<Token> tokens) => tokens[End - 1].Text;

    /// <summary>
    /// A capitalised word, an initial with its dot, or an acronym: part of a name. Month names are
    /// never names elsewhere, but in a speaker's slot "May" and "June" are people.
    /// </summary>
    private static bool IsNameWord(Token token) =>
        (token.IsCapitalized && (!token.Lexeme.IsNeverName || Dates.DateVocabulary.TryMonth(token.Text, out _)))
        || token.Text == "." || (token.IsWord && token.Text.Length > 1 && token.IsAllCaps);

    private static bool IsJoiner(List<Token> tokens, int i, int start) =>
        i > start && NameJoiners.Contains(tokens[i].Text) && IsNameWord(tokens[i - 1]);

    private static bool IsTitleWord(List<Token> tokens, int i, int end)
    {
        for (var from = System.Math.Max(0, i - 2); from <= i; from++)
        {
            var length = SpeakerTitles.Length(tokens, from, end);
            if (length > 0 && from + length > i)
            {
                return true;
            }
        }

        return false;
    }

    private static int LastWords(List<Token> tokens, int from, int last, int count)
    {
        var i = last;
        for (var seen = 0; i > from; i--)
        {
            seen += tokens[i].IsWord ? 1 : 0;
            if (seen == count)
            {
                break;
            }
        }

        return i;
    }
}
