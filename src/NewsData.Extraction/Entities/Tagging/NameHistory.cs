using System.Collections.Generic;

namespace NewsData.Extraction.Entities.Tagging;

/// <summary>
/// What the tagger made of each spelling earlier in the same article: how often it tagged it outside
/// a name and as each kind. The most frequent answer is a feature of the spelling's later tokens
/// ("Corbyn" read as a person once reads as one again at a sentence start or after "Mr"), the
/// document-level "prediction history" of Ratinov and Roth (2009). One per article; the trainer
/// keeps one per document and fills it with its own guesses, as here.
/// </summary>
internal sealed class NameHistory
{
    /// <summary>The answers kept: outside a name, then the four kinds of <see cref="NameTags.KindOf"/>.</summary>
    public const int Answers = 5;

    /// <summary>No earlier token of this spelling was scored.</summary>
    public const int None = -1;

    private const int Bits = 6;
    private const int Saturated = (1 << Bits) - 1;

    // Five counts of six bits in one int per spelling: no array per name word. Keyed by the text, not
    // the lexeme: the per-thread lexeme table may hand out a new lexeme for a spelling after a collision.
    private readonly Dictionary<string, int> _counts = new(System.StringComparer.Ordinal);

    /// <summary>The answer given most often to <paramref name="lexeme"/> so far (ties to the lower answer), or <see cref="None"/>.</summary>
    public int MostFrequent(Lexeme lexeme)
    {
        if (!_counts.TryGetValue(lexeme.Text, out var packed))
        {
            return None;
        }

        int best = None, bestCount = 0;
        for (var answer = 0; answer < Answers; answer++)
        {
            var count = (packed >> (answer * Bits)) & Saturated;
            if (count > bestCount)
            {
                (best, bestCount) = (answer, count);
            }
        }

        return best;
    }

    /// <summary>Remembers that a token spelled <paramref name="lexeme"/> was tagged <paramref name="tag"/>.</summary>
    public void Record(Lexeme lexeme, NameTag tag)
    {
        _counts.TryGetValue(lexeme.Text, out var packed);
        var shift = NameTags.KindOf(tag) * Bits;
        if (((packed >> shift) & Saturated) < Saturated)
        {
            _counts[lexeme.Text] = packed + (1 << shift);
        }
    }

    public void Clear() => _counts.Clear();
}
