using System.Collections;
using System.Collections.Generic;

namespace NewsData.Extraction.Entities;

/// <summary>
/// The gazetteer's phrases that start with one word, longest first, grouped by their second word.
/// "the" starts a dozen country names and "Republic" almost a hundred; only the phrases whose second
/// word is the next token's can match, so those are the only ones compared.
/// </summary>
internal sealed class GazetteerPhrases : IReadOnlyList<(string[] Words, GazetteerEntry Entry)>
{
    private readonly List<(string[] Words, GazetteerEntry Entry)> _all;
    private readonly Dictionary<string, List<(string[] Words, GazetteerEntry Entry)>>? _bySecondWord;
    private readonly GazetteerEntry? _single;

    /// <param name="phrases">Longest first, each word sequence once (the gazetteer keeps the first definition).</param>
    public GazetteerPhrases(List<(string[] Words, GazetteerEntry Entry)> phrases)
    {
        _all = phrases;
        foreach (var phrase in phrases)
        {
            if (phrase.Words.Length == 1)
            {
                _single ??= phrase.Entry;
                continue;
            }

            _bySecondWord ??= new Dictionary<string, List<(string[] Words, GazetteerEntry Entry)>>(System.StringComparer.Ordinal);
            if (!_bySecondWord.TryGetValue(phrase.Words[1], out var sameSecondWord))
            {
                _bySecondWord[phrase.Words[1]] = sameSecondWord = new List<(string[] Words, GazetteerEntry Entry)>();
            }

            sameSecondWord.Add(phrase); // still longest first
        }
    }

    public static GazetteerPhrases None { get; } = new(new List<(string[] Words, GazetteerEntry Entry)>());

    public int Count => _all.Count;

    public (string[] Words, GazetteerEntry Entry) this[int index] => _all[index];

    /// <summary>The longest phrase at <paramref name="index"/>, whose first token is this word: how many tokens it covers, and what it names.</summary>
    public (int Length, GazetteerEntry Entry)? Match(List<Token> tokens, int index)
    {
        // Every longer phrase comes before the one-word phrase, and a longer one matches only if its
        // second word is the next token: the first match in that group is the first match overall.
        if (_bySecondWord is not null && index + 1 < tokens.Count && _bySecondWord.TryGetValue(tokens[index + 1].Text, out var candidates))
        {
            foreach (var (words, entry) in candidates)
            {
                if (index + words.Length > tokens.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 2; k < words.Length && matches; k++)
                {
                    matches = string.Equals(tokens[index + k].Text, words[k], System.StringComparison.Ordinal);
                }

                if (matches)
                {
                    return (words.Length, entry);
                }
            }
        }

        return _single is { } single ? (1, single) : null;
    }

    public IEnumerator<(string[] Words, GazetteerEntry Entry)> GetEnumerator() => _all.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
