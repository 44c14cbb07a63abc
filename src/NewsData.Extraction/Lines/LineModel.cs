using System;
using System.Collections.Generic;
using System.Globalization;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>
/// The weights of the line models (body, first and second pass; headline), read once from the
/// embedded <c>LineModel.tsv</c> that <c>benchmarks/NewsData.LineTraining</c> writes. Rows are
/// "model, feature name, weight"; a parameter row has the model "parameter".
/// </summary>
internal sealed class LineModel
{
    private static LineModel? _default;

    public LineModel(double[] bodyFirst, double[] bodySecond, double[] title, IReadOnlyDictionary<string, double> parameters)
    {
        BodyFirst = bodyFirst;
        BodySecond = bodySecond;
        Title = title;
        BodyThreshold = Parameter(parameters, "body-threshold", 0);
        TitleFloor = Parameter(parameters, "title-floor", double.NegativeInfinity);
        TitleMargin = Parameter(parameters, "title-margin", 0);
    }

    /// <summary>The model shipped in the assembly, loaded on first use.</summary>
    public static LineModel Default => _default ??= Load(EmbeddedTable.Rows("NewsData.Extraction.LineModel.tsv"));

    public double[] BodyFirst { get; }

    public double[] BodySecond { get; }

    public double[] Title { get; }

    /// <summary>A line is body when its second-pass score is above this.</summary>
    public double BodyThreshold { get; private init; }

    /// <summary>No headline when the best candidate scores below this.</summary>
    public double TitleFloor { get; private init; }

    /// <summary>Two headline candidates within this score of each other are reported as a doubtful choice.</summary>
    public double TitleMargin { get; private init; }

    /// <summary>This model with another headline margin.</summary>
    public LineModel WithTitleMargin(double margin) => new(BodyFirst, BodySecond, Title, new Dictionary<string, double>()) { TitleMargin = margin, BodyThreshold = BodyThreshold, TitleFloor = TitleFloor };

    public static LineModel Load(IEnumerable<string[]> rows)
    {
        var weights = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 3)
            {
                continue;
            }

            var value = double.Parse(row[2], NumberStyles.Float, CultureInfo.InvariantCulture);
            if (row[0] == "parameter")
            {
                parameters[row[1]] = value;
                continue;
            }

            if (!weights.TryGetValue(row[0], out var model))
            {
                weights[row[0]] = model = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            model[row[1]] = value;
        }

        return new LineModel(
            Vector(BodyFeatures.First, weights, "body-first"),
            Vector(BodyFeatures.Second, weights, "body-second"),
            Vector(TitleFeatures.Space, weights, "title"),
            parameters);
    }

    /// <summary>The weights in the order of <paramref name="space"/>; a feature the file does not name weighs nothing.</summary>
    private static double[] Vector(FeatureSpace space, Dictionary<string, Dictionary<string, double>> weights, string model)
    {
        var vector = new double[space.Count];
        if (weights.TryGetValue(model, out var named))
        {
            for (var i = 0; i < space.Count; i++)
            {
                vector[i] = named.TryGetValue(space.Names[i], out var w) ? w : 0;
            }
        }

        return vector;
    }

    private static double Parameter(IReadOnlyDictionary<string, double> parameters, string name, double fallback) =>
        parameters.TryGetValue(name, out var value) ? value : fallback;
}
