using System.Collections.Generic;

namespace NewsData.Extraction.Lines;

/// <summary>
/// Names the features of one linear model, in order. A feature is an index into the model's weight
/// vector; the weights file names each weight, so the file and the code agree on what a weight means
/// even when features are added or reordered.
/// </summary>
internal sealed class FeatureSpace
{
    private readonly List<string> _names = new();

    public IReadOnlyList<string> Names => _names;

    public int Count => _names.Count;

    /// <summary>One feature.</summary>
    public int One(string name)
    {
        _names.Add(name);
        return _names.Count - 1;
    }

    /// <summary><paramref name="count"/> features named "name:0" … (buckets, one-hot categories); returns the first.</summary>
    public int Many(string name, int count)
    {
        var first = _names.Count;
        for (var i = 0; i < count; i++)
        {
            _names.Add(name + ":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return first;
    }
}

/// <summary>Receives a line's active features. The model sums weights; the training program records them.</summary>
internal interface IFeatureSink
{
    void Add(int feature, double value);
}

/// <summary>Sums the weights of the features it is given: scoring a line allocates nothing.</summary>
internal struct ScoringSink : IFeatureSink
{
    private readonly double[] _weights;

    public ScoringSink(double[] weights)
    {
        _weights = weights;
        Sum = 0;
    }

    public double Sum { get; private set; }

    public void Add(int feature, double value) => Sum += _weights[feature] * value;
}
