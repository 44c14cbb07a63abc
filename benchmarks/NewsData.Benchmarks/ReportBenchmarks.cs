using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NewsData.Cli;
using NewsData.Extraction;

namespace NewsData.Benchmarks;

/// <summary>
/// The HTML report of one long article at n and 2n lines: the time ratio between a shape's two rows shows
/// whether the report grows linearly (about 2). Before it walked marks and paragraphs once, 20,000 and 40,000
/// body lines took 5.9 and 18.7 s. Extraction runs in the setup; only the report is measured.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ExtractedFile[] _inputs = [];

    [Params("body-lines", "quoted-lines", "wrapped-lines")]
    public string Shape { get; set; } = "body-lines";

    [Params(1, 2)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const string Title = "Budget talks resume in Tallinn after a long pause\n\n";
        var lines = 20_000 * Scale;
        var text = Title + Shape switch
        {
            "body-lines" => string.Concat(Enumerable.Range(0, lines).Select(i => $"The minister said on day {i} that the talks in Tallinn were useful.\n\n")),
            "quoted-lines" => string.Concat(Enumerable.Range(0, lines).Select(i => $"\u201CYes,\u201D Kallas said {i}.\n")),
            _ => string.Concat(Enumerable.Range(0, lines).Select(i => i % 2 == 0 ? $"The minister said on day {i} that\n" : "the talks in Tallinn were useful.\n\n")),
        };
        _inputs = [new ExtractedFile("long.txt", text, ArticleExtractor.Extract("long.txt", text))];
    }

    [Benchmark]
    public void Report() => HtmlReport.Write(TextWriter.Null, _inputs);
}
