using System;
using System.Collections.Generic;
using System.IO;

namespace NewsData.Extraction.Entities.Tagging;

/// <summary>
/// The trained weights: for each feature hash, one weight per tag, quantised to 16 bits. Stored as
/// an embedded resource (name-tagger.bin, written by benchmarks/NewsData.TaggerTraining): the magic
/// "NDT1", the tag count, the scale, the feature count, the hashes in ascending order, then the
/// weights feature by feature. Loaded once, on first use, by the runtime's type initialisation, which
/// makes it thread-safe; a feature is found in an open-addressing table built at load, and only when a
/// spelling's scores are first summed (<see cref="ScoresOf"/>), not per token.
/// </summary>
internal sealed class TaggerModel
{
    public const string ResourceName = "NewsData.Extraction.name-tagger.bin";
    private const uint Magic = 0x3154444E; // "NDT1"

    private readonly ulong[] _keys;
    private readonly short[] _weights;
    // Open addressing over the keys (themselves hashes): 1 + the key's index, 0 for an empty slot.
    // A spelling's scores sum about sixty features, and one probe beats seventeen binary-search steps.
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly float _scale;
    private readonly float[] _transitions = new float[NameTags.Count * NameTags.Count];
    private readonly float[] _history = new float[NameHistory.Answers * NameTags.Count];
    private readonly float[] _shapeAfterTag = new float[TaggerFeatures.ShapeClasses * NameTags.Count * NameTags.Count];

    public TaggerModel(ulong[] keys, short[] weights, float scale)
    {
        _keys = keys;
        _weights = weights;
        _scale = scale;
        var size = 1;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _slots = new int[size];
        _mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)keys[i] & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i + 1;
        }

        var row = new float[NameTags.Count];
        for (var previous = 0; previous < NameTags.Count; previous++)
        {
            Array.Clear(row, 0, row.Length);
            Add(TaggerFeatures.PreviousTag((NameTag)previous), row, 0);
            Array.Copy(row, 0, _transitions, previous * NameTags.Count, NameTags.Count);
        }

        for (var answer = 0; answer < NameHistory.Answers; answer++)
        {
            Add(TaggerFeatures.History(answer), _history, answer * NameTags.Count);
        }

        for (var shape = 0; shape < TaggerFeatures.ShapeClasses; shape++)
        {
            for (var previous = 0; previous < NameTags.Count; previous++)
            {
                Add(TaggerFeatures.ShapeAfterTag(shape, (NameTag)previous), _shapeAfterTag, (shape * NameTags.Count + previous) * NameTags.Count);
            }
        }
    }

    /// <summary>The shipped model, or null in a build without one (then the tagger finds nothing).</summary>
    public static TaggerModel? Default => Holder.Instance;

    public int FeatureCount => _keys.Length;

    /// <summary>The score each tag gets from the previous token's tag: row <c>previous * Count</c>.</summary>
    public float[] Transitions => _transitions;

    /// <summary>The score each tag gets from the word's shape class after the previous tag: row <c>(shape * Count + previous) * Count</c>.</summary>
    public float[] ShapeAfterTag => _shapeAfterTag;

    /// <summary>The score each tag gets from the spelling's history in the article (<see cref="NameHistory"/>): row <c>answer * Count</c>.</summary>
    public float[] History => _history;

    /// <summary>
    /// The word's summed weights for each role and tag (<c>role * Count + tag</c>), computed once per
    /// lexeme. Two threads may race to compute a shared lexeme's scores; both store equal arrays.
    /// </summary>
    public float[] ScoresOf(Lexeme lexeme)
    {
        if (lexeme.TaggerScores is { } cached)
        {
            return cached;
        }

        var scores = new float[TaggerFeatures.Roles * NameTags.Count];
        var features = new List<ulong>(24);
        for (var role = 0; role < TaggerFeatures.Roles; role++)
        {
            features.Clear();
            TaggerFeatures.Collect(lexeme, (FeatureRole)role, features);
            foreach (var feature in features)
            {
                Add(feature, scores, role * NameTags.Count);
            }
        }

        lexeme.TaggerScores = scores;
        return scores;
    }

    public static TaggerModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != NameTags.Count)
        {
            throw new InvalidDataException("name-tagger.bin is not a tagger model for this version.");
        }

        var scale = reader.ReadSingle();
        var count = reader.ReadInt32();
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
        }

        var weights = new short[count * NameTags.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = reader.ReadInt16();
        }

        return new TaggerModel(keys, weights, scale);
    }

    /// <summary>Writes the model as <see cref="Read"/> reads it.</summary>
    public static void Write(Stream stream, IReadOnlyList<(ulong Key, float[] Weights)> features)
    {
        var sorted = new List<(ulong Key, float[] Weights)>(features);
        sorted.Sort((a, b) => a.Key.CompareTo(b.Key));
        var largest = 1e-6f;
        foreach (var (_, weights) in sorted)
        {
            foreach (var w in weights)
            {
                largest = Math.Max(largest, Math.Abs(w));
            }
        }

        var scale = largest / short.MaxValue;
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(NameTags.Count);
        writer.Write(scale);
        writer.Write(sorted.Count);
        foreach (var (key, _) in sorted)
        {
            writer.Write(key);
        }

        foreach (var (_, weights) in sorted)
        {
            foreach (var w in weights)
            {
                writer.Write((short)Math.Round(w / scale));
            }
        }
    }

    private void Add(ulong feature, float[] into, int offset)
    {
        var slot = (int)feature & _mask;
        int at;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return;
            }

            if (_keys[entry - 1] == feature)
            {
                at = entry - 1;
                break;
            }

            slot = (slot + 1) & _mask;
        }

        for (var tag = 0; tag < NameTags.Count; tag++)
        {
            into[offset + tag] += _weights[at * NameTags.Count + tag] * _scale;
        }
    }

    private static class Holder
    {
        public static readonly TaggerModel? Instance = Load();

        private static TaggerModel? Load()
        {
            using var stream = typeof(TaggerModel).Assembly.GetManifestResourceStream(ResourceName);
            return stream is null ? null : Read(stream);
        }
    }
}
