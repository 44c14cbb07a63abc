using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Entities;

/// <summary>
/// Splits a stretch of source text into tokens and sentences. Words keep inner hyphens, apostrophes
/// and dots (al-Assad, O'Neill, U.S.); a possessive 's or a plural possessive ' is its own token, so
/// "Iran's" is "Iran" + "'s". Sentences end at . ! ? before a capital, a quote or a digit, except after
/// a known abbreviation or an initial.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Rep", "Sen", "Gov", "Prof",
        "Rev", "Inc", "Ltd", "Co", "Corp", "vs", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Mt", "Ft", "approx", "etc", "al",
    };

    public static List<Token> Tokenize(string text, int start, int end) => Tokenize(text, start, end, findGazetteerPhrases: true);

    /// <summary>
    /// Tokenizes <c>text[start..end)</c>; with <paramref name="findGazetteerPhrases"/>, also marks the
    /// words that start a gazetteer phrase. That is false only while the gazetteer itself is built from
    /// tokenized phrases, when there is no gazetteer to ask yet.
    /// </summary>
    /// <remarks>
    /// Not inlined: inside the recogniser's long method its loop variables lived on the stack.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static List<Token> Tokenize(string text, int start, int end, bool findGazetteerPhrases)
    {
        // Built in this thread's scratch list, then copied out at its exact size: sized by guess, a
        // segment's list grew by doubling or was part empty, 5.5 % of extraction's allocation. Taken
        // out while in use, because the first word can build the gazetteer, which tokenizes too.
        var tokens = _scratch ?? new List<Token>(1024);
        _scratch = null;
        tokens.Clear();
        var slots = LexemeTable.Slots;
        var sentenceStart = true;
        var sentence = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (TextChars.IsBlank(c))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            TokenKind kind;
            Lexeme lexeme;
            var startsSentence = false;
            var endsSentence = false;
            if (char.IsLetterOrDigit(c))
            {
                var wordEnd = WordEnd(text, i, end, out var hash);
                lexeme = LexemeTable.Get(slots, text, i, wordEnd - i, hash);
                kind = char.IsDigit(c) && IsAllDigits(lexeme.Text) ? TokenKind.Number : TokenKind.Word;
                if (kind == TokenKind.Word)
                {
                    startsSentence = sentenceStart;
                    sentenceStart = false;
                }

                i = wordEnd;
            }
            else if (IsApostrophe(c) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]))
                     && i > start && char.IsLetter(text[i - 1]))
            {
                kind = TokenKind.Punctuation;
                lexeme = LexemeTable.Get(slots, text, i, 2);
                i += 2;
            }
            else
            {
                kind = TokenKind.Punctuation;
                lexeme = LexemeTable.Get(slots, text, i, 1);
                i++;
                endsSentence = c is '.' or '!' or '?' or '\u2026' && EndsSentence(text, tokens, i, end);
            }

            var startsPhrase = findGazetteerPhrases && kind == TokenKind.Word && lexeme.StartsGazetteerPhrase;
            tokens.Add(new Token(kind, tokenStart, lexeme, startsSentence, sentence, startsPhrase));
            if (endsSentence)
            {
                sentence++;
                sentenceStart = true;
            }
        }

        var result = new List<Token>(tokens);
        if (tokens.Capacity <= LargestScratch)
        {
            _scratch = tokens;
        }

        return result;
    }

    /// <summary>A thread keeps its scratch list up to this many tokens (1 MiB); a longer one is left to the collector.</summary>
    private const int LargestScratch = 1 << 16;

    [ThreadStatic]
    private static List<Token>? _scratch;

    /// <summary>
    /// The tokens' texts alone, as the gazetteer's phrases and the recogniser's known names are kept.
    /// Phrase starts are not looked up: the gazetteer calls this while it is being built.
    /// </summary>
    public static string[] Texts(string text)
    {
        var tokens = Tokenize(text, 0, text.Length, findGazetteerPhrases: false);
        var texts = new string[tokens.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = tokens[i].Text;
        }

        return texts;
    }

    /// <summary>Where the word starting at <paramref name="i"/> ends, and its <see cref="LexemeTable"/> hash, found in the same pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordEnd(string text, int i, int end, out uint hash)
    {
        hash = LexemeTable.EmptyHash;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c is '\u0301' or '\u0308')
            {
                hash = LexemeTable.Hash(hash, c);
                i++;
                continue;
            }

            // Inner joiners: al-Assad, O'Neill, U.S. (a dot between single letters), 5.1
            // The mark first: after most words comes a space, answered without reading on.
            var joins = c is '-' or '\u2011' or '\'' or '\u2019' or '.' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])
                && (c is '-' or '\u2011' || (IsApostrophe(c) && !(text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2]))))
                    || (c == '.' && IsSingleLetterBefore(text, i) && (i + 2 >= end || !char.IsLetter(text[i + 2]))));
            if (!joins)
            {
                break;
            }

            hash = LexemeTable.Hash(hash, c);
            i++;
        }

        // Keep the final dot of "U.S." so it reads as one abbreviation.
        if (i < end && text[i] == '.' && i >= 2 && text[i - 2] == '.' && char.IsUpper(text[i - 1]))
        {
            hash = LexemeTable.Hash(hash, '.');
            i++;
        }

        return i;
    }

    private static bool IsSingleLetterBefore(string text, int dot) =>
        dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    private static bool EndsSentence(string text, List<Token> tokens, int next, int end)
    {
        if (tokens.Count > 0)
        {
            var previous = tokens[tokens.Count - 1];
            if (previous.IsWord && (Abbreviations.Contains(previous.Text) || (previous.Text.Length == 1 && char.IsUpper(previous.Text[0]))))
            {
                return false;
            }
        }

        while (next < end && (TextChars.IsClosingQuote(text[next]) || text[next] == ')'))
        {
            next++;
        }

        if (next >= end)
        {
            return true;
        }

        if (!TextChars.IsBlank(text[next]))
        {
            return false;
        }

        while (next < end && TextChars.IsBlank(text[next]))
        {
            next++;
        }

        return next >= end || char.IsUpper(text[next]) || char.IsDigit(text[next]) || TextChars.IsOpeningQuote(text[next]);
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsAllDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
