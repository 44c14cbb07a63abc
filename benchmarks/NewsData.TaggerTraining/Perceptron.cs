using System;
using System.Collections.Generic;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Entities.Tagging;

namespace NewsData.TaggerTraining;

/// <summary>
/// Trains the name tagger: a greedy averaged perceptron (Collins 2002) over the features of
/// <see cref="TaggerFeatures"/>, decoding left to right with its own previous tags and the same
/// candidate test and tag constraints as <see cref="NameTagger"/>. Averaging uses the usual trick: each
/// update also adds step × change to a second table, and the average is w − that / steps.
/// </summary>
internal sealed class Perceptron
{
    private readonly Dictionary<ulong, float[]> _weights = new();
    private readonly Dictionary<ulong, float[]> _timed = new();
    private readonly Dictionary<(string, int), ulong[]> _features = new();
    private readonly Dictionary<string, Lexeme> _lexemes = new(StringComparer.Ordinal);
    private int _step = 1;

    public void Train(IReadOnlyList<NerDocument> documents, int epochs, int seed)
    {
        // Documents are shuffled, their sentences kept in order: the history feature reads what the
        // tagger made of a spelling earlier in the same document, as the recogniser does in an article.
        var order = new List<NerDocument>(documents);
        var history = new NameHistory();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            // A fixed shuffle per epoch (Fisher-Yates with a seeded generator): the run is reproducible.
            for (var i = order.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            int mistakes = 0, seen = 0;
            foreach (var document in order)
            {
                history.Clear();
                foreach (var sentence in document.Sentences)
                {
                    (mistakes, seen) = (mistakes + TrainSentence(sentence, history, out var count), seen + count);
                }
            }

            Console.Error.WriteLine($"epoch {epoch + 1}: {mistakes} mistakes in {seen} scored tokens");
        }
    }

    /// <summary>The averaged weights of every feature whose largest weight is at least <paramref name="threshold"/>.</summary>
    public List<(ulong Key, float[] Weights)> Averaged(float threshold)
    {
        var result = new List<(ulong, float[])>();
        foreach (var pair in _weights)
        {
            var timed = _timed[pair.Key];
            var averaged = new float[NameTags.Count];
            var largest = 0f;
            for (var t = 0; t < averaged.Length; t++)
            {
                averaged[t] = pair.Value[t] - timed[t] / _step;
                largest = Math.Max(largest, Math.Abs(averaged[t]));
            }

            if (largest >= threshold)
            {
                result.Add((pair.Key, averaged));
            }
        }

        return result;
    }

    private int TrainSentence(List<AnnotatedWord> sentence, NameHistory history, out int scored)
    {
        var (tokens, gold) = Tokens.Of(sentence, _lexemes);
        var features = new List<ulong>(64);
        var scores = new float[NameTags.Count];
        var previous = NameTag.O;
        var mistakes = 0;
        scored = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!NameTagger.IsCandidate(tokens, i, previous))
            {
                previous = NameTag.O;
                continue;
            }

            scored++;
            features.Clear();
            AddFeatures(tokens, i, previous, features);
            if (history.MostFrequent(tokens[i].Lexeme) is var answer and not NameHistory.None)
            {
                features.Add(TaggerFeatures.History(answer));
            }

            Array.Clear(scores, 0, scores.Length);
            foreach (var feature in features)
            {
                if (_weights.TryGetValue(feature, out var w))
                {
                    for (var t = 0; t < scores.Length; t++)
                    {
                        scores[t] += w[t];
                    }
                }
            }

            var guess = NameTagger.Best(scores, previous);
            var truth = gold[i];
            if (!NameTagger.IsAllowed(previous, truth))
            {
                truth = NameTags.Begin(NameTags.KindOf(truth)); // the name began here as far as the tagger can tell
            }

            if (guess != truth)
            {
                mistakes++;
                foreach (var feature in features)
                {
                    Update(feature, (int)truth, 1f);
                    Update(feature, (int)guess, -1f);
                }
            }

            _step++;
            previous = guess;
            history.Record(tokens[i].Lexeme, guess);
        }

        return mistakes;
    }

    private void AddFeatures(List<Token> tokens, int i, NameTag previous, List<ulong> into)
    {
        into.AddRange(FeaturesOf(tokens[i].Lexeme, FeatureRole.Self));
        if (tokens[i].SentenceStart)
        {
            into.AddRange(FeaturesOf(tokens[i].Lexeme, FeatureRole.SelfAtSentenceStart));
        }

        into.AddRange(FeaturesOf(i >= 1 ? tokens[i - 1].Lexeme : NameTagger.Boundary, FeatureRole.Previous));
        into.AddRange(FeaturesOf(i >= 2 ? tokens[i - 2].Lexeme : NameTagger.Boundary, FeatureRole.BeforePrevious));
        into.AddRange(FeaturesOf(i + 1 < tokens.Count ? tokens[i + 1].Lexeme : NameTagger.Boundary, FeatureRole.Next));
        into.AddRange(FeaturesOf(i + 2 < tokens.Count ? tokens[i + 2].Lexeme : NameTagger.Boundary, FeatureRole.AfterNext));
        into.Add(TaggerFeatures.PreviousTag(previous));
        into.Add(TaggerFeatures.ShapeAfterTag(NameTagger.ShapeOf(tokens[i].Lexeme), previous));
    }

    private ulong[] FeaturesOf(Lexeme lexeme, FeatureRole role)
    {
        if (!_features.TryGetValue((lexeme.Text, (int)role), out var features))
        {
            var list = new List<ulong>();
            TaggerFeatures.Collect(lexeme, role, list);
            _features[(lexeme.Text, (int)role)] = features = list.ToArray();
        }

        return features;
    }

    private void Update(ulong feature, int tag, float change)
    {
        if (!_weights.TryGetValue(feature, out var w))
        {
            _weights[feature] = w = new float[NameTags.Count];
            _timed[feature] = new float[NameTags.Count];
        }

        w[tag] += change;
        _timed[feature][tag] += _step * change;
    }
}
