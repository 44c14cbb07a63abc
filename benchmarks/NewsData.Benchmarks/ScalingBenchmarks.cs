using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NewsData.Extraction;

namespace NewsData.Benchmarks;

/// <summary>
/// Extraction on hostile shapes at size n and 2n: the time ratio between the two rows of a shape shows
/// whether it grows linearly (about 2) or worse. No unit test asserts these times.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private string _text = string.Empty;

    [Params("quotes", "quote-marks", "capitalised-words", "one-long-line", "paragraphs")]
    public string Shape { get; set; } = "quotes";

    [Params(1, 2)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const string Title = "Talks resume in Vienna after a pause\n\n";
        _text = Shape switch
        {
            "quotes" => Title + string.Concat(Enumerable.Repeat("\u201CYes,\u201D Kallas said. ", 2_000 * Scale)),
            "quote-marks" => Title + new string('\u201C', 50_000 * Scale) + new string('\u201D', 50_000 * Scale),
            "capitalised-words" => Title + string.Join(" ", Enumerable.Range(0, 50_000 * Scale).Select(i => "Word" + (char)('a' + (i % 26)))) + ".",
            "one-long-line" => Title + string.Concat(Enumerable.Repeat("The minister said the talks were useful. ", 10_000 * Scale)),
            _ => Title + string.Concat(Enumerable.Range(0, 4_000 * Scale).Select(i => $"Minister Anna Berg said on day {i} that talks were useful.\n\n")),
        };
    }

    [Benchmark]
    public int Extract() => ArticleExtractor.Extract("a.txt", _text).Article?.Paragraphs.Count ?? 0;
}
