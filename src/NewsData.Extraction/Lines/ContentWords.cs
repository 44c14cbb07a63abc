using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>
/// The content words of some text (not function words, three letters or more), kept as folded hashes
/// so that collecting them copies no strings. The headline ranker asks how many of a candidate's
/// words the body uses: a headline shares the article's words, a teaser for another story does not.
/// </summary>
internal sealed class ContentWords
{
    private const int MinLetters = 3;

    private readonly HashSet<int> _hashes = new();

    public int Count => _hashes.Count;

    /// <summary>Adds the words of <paramref name="text"/>, up to <paramref name="limit"/> words in all.</summary>
    public void Add(string text, int limit)
    {
        Each(text, hash => _hashes.Count < limit && _hashes.Add(hash));
    }

    /// <summary>How many of the content words of <paramref name="text"/> are here, and how many it has.</summary>
    public (int Shared, int Total) Overlap(string text)
    {
        int shared = 0, total = 0;
        Each(text, hash =>
        {
            total++;
            shared += _hashes.Contains(hash) ? 1 : 0;
            return true;
        });
        return (shared, total);
    }

    private static void Each(string text, System.Func<int, bool> visit)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && TextChars.IsBlank(text[i]))
            {
                i++;
            }

            var start = i;
            var letters = 0;
            while (i < text.Length && !TextChars.IsBlank(text[i]))
            {
                letters += char.IsLetterOrDigit(text[i]) ? 1 : 0;
                i++;
            }

            if (letters >= MinLetters && LineVocabulary.Classify(text, start, i - start, out var hash) != LineVocabulary.Function && hash != 0 && !visit(hash))
            {
                return;
            }
        }
    }
}
