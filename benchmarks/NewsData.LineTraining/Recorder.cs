using System.Collections.Generic;
using NewsData.Extraction.Lines;

namespace NewsData.LineTraining;

/// <summary>Collects the features the extractor's feature code emits for one line, to turn them into an <see cref="Example"/>.</summary>
internal struct Recorder : IFeatureSink
{
    private List<int>? _features;
    private List<double>? _values;

    public void Add(int feature, double value)
    {
        (_features ??= new List<int>()).Add(feature);
        (_values ??= new List<double>()).Add(value);
    }

    public Example ToExample(double label, double weight) =>
        new(_features?.ToArray() ?? [], _values?.ToArray() ?? [], label, weight);
}
