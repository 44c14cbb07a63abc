using System.Collections.Generic;

namespace NewsData.Extraction.Entities.Tagging;

/// <summary>
/// A greedy averaged-perceptron name tagger (BIO over person, organisation, place and other names).
/// Only tokens that can be part of a name are scored: capitalised words ("al-Qaida" too), and a connector ("of",
/// "de", "al", "and") between a name and a capitalised word. Everything else is outside a name
/// without a score, which keeps plain prose nearly free. A token's score is the sum of its word's
/// per-role vectors (itself, at a sentence start, and as the neighbour of the words around it),
/// computed once per spelling, the previous tag's row (and its row for the word's coarse shape:
/// "S" after a person's first name, "van" inside one), and the row of what the tagger made of the
/// same spelling earlier in the article (<see cref="NameHistory"/>).
/// </summary>
internal static class NameTagger
{
    /// <summary>Whether the token at <paramref name="i"/> is scored at all; the trainer uses the same test.</summary>
    public static bool IsCandidate(List<Token> tokens, int i, NameTag previous)
    {
        var token = tokens[i];
        if (token.IsWord && (token.IsCapitalized || token.Lexeme.HasCapitalAfterHyphen))
        {
            return true;
        }

        if (previous == NameTag.O)
        {
            return false;
        }

        // "S. Waugh": the dot of an initial, inside a name.
        if (token.Text == "." && i >= 1 && tokens[i - 1].Text.Length == 1 && tokens[i - 1].IsCapitalized)
        {
            return i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;
        }

        // "Bank of England", "Abu Bakr al-Baghdadi", "Procter & Gamble", "Joost van der Westhuizen": joiners
        // inside a name, at most three in a row.
        if (!IsJoiner(token))
        {
            return false;
        }

        var next = i + 1;
        while (next < tokens.Count && next - i <= 2 && IsJoiner(tokens[next]))
        {
            next++;
        }

        return next < tokens.Count && tokens[next].IsCapitalized;
    }

    private static bool IsJoiner(Token token) => token.IsWord && (token.Lexeme.IsConnector || token.Text == "and") || token.Text == "&";

    /// <summary>An inside tag continues a name of its own kind only.</summary>
    public static bool IsAllowed(NameTag previous, NameTag tag) =>
        !NameTags.IsInside(tag) || (previous != NameTag.O && NameTags.KindOf(previous) == NameTags.KindOf(tag));

    /// <summary>The lexeme that stands for "no word" beyond either end of a stretch.</summary>
    public static Lexeme Boundary { get; } = new(TaggerFeatures.Boundary);

    /// <summary>Tags <paramref name="tokens"/> into <paramref name="tags"/> (same length), reading and adding to the article's <paramref name="history"/>.</summary>
    public static void Tag(TaggerModel model, List<Token> tokens, NameTag[] tags, NameHistory history)
    {
        var transitions = model.Transitions;
        var historyRows = model.History;
        var shapeRows = model.ShapeAfterTag;
        var scores = new float[NameTags.Count];
        var previous = NameTag.O;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCandidate(tokens, i, previous))
            {
                tags[i] = previous = NameTag.O;
                continue;
            }

            var self = model.ScoresOf(tokens[i].Lexeme);
            var before = model.ScoresOf(i >= 1 ? tokens[i - 1].Lexeme : Boundary);
            var beforePrevious = model.ScoresOf(i >= 2 ? tokens[i - 2].Lexeme : Boundary);
            var next = model.ScoresOf(i + 1 < tokens.Count ? tokens[i + 1].Lexeme : Boundary);
            var afterNext = model.ScoresOf(i + 2 < tokens.Count ? tokens[i + 2].Lexeme : Boundary);
            var sentenceStart = tokens[i].SentenceStart;
            var row = (int)previous * NameTags.Count;
            var shapeRow = (ShapeOf(tokens[i].Lexeme) * NameTags.Count + (int)previous) * NameTags.Count;
            const int n = NameTags.Count;
            for (var tag = 0; tag < n; tag++)
            {
                scores[tag] = self[tag] + (sentenceStart ? self[n + tag] : 0f) + before[2 * n + tag] + beforePrevious[3 * n + tag]
                    + next[4 * n + tag] + afterNext[5 * n + tag] + transitions[row + tag] + shapeRows[shapeRow + tag];
            }

            if (history.MostFrequent(tokens[i].Lexeme) is var answer and not NameHistory.None)
            {
                for (var tag = 0; tag < n; tag++)
                {
                    scores[tag] += historyRows[answer * n + tag];
                }
            }

            tags[i] = previous = Best(scores, previous);
            history.Record(tokens[i].Lexeme, previous);
        }
    }

    /// <summary>The spelling's <see cref="TaggerFeatures.ShapeClass"/>, computed once per lexeme.</summary>
    public static int ShapeOf(Lexeme lexeme)
    {
        if (lexeme.TaggerShape == 0)
        {
            lexeme.TaggerShape = (byte)(TaggerFeatures.ShapeClass(lexeme.Text) + 1);
        }

        return lexeme.TaggerShape - 1;
    }

    /// <summary>The names in tagged tokens: first token, end (exclusive) and kind (<see cref="NameTags.KindOf"/>).</summary>
    public static List<(int Start, int End, int Kind)> Spans(NameTag[] tags, int count)
    {
        var spans = new List<(int, int, int)>();
        for (var i = 0; i < count; i++)
        {
            if (tags[i] == NameTag.O)
            {
                continue;
            }

            var kind = NameTags.KindOf(tags[i]);
            var end = i + 1;
            while (end < count && tags[end] == NameTags.Inside(kind))
            {
                end++;
            }

            spans.Add((i, end, kind));
            i = end - 1;
        }

        return spans;
    }

    /// <summary>The highest-scoring tag allowed after <paramref name="previous"/>; ties go to the lower tag (O first).</summary>
    public static NameTag Best(float[] scores, NameTag previous)
    {
        var best = NameTag.O;
        var bestScore = float.NegativeInfinity;
        for (var tag = 0; tag < NameTags.Count; tag++)
        {
            if (scores[tag] > bestScore && IsAllowed(previous, (NameTag)tag))
            {
                best = (NameTag)tag;
                bestScore = scores[tag];
            }
        }

        return best;
    }
}
