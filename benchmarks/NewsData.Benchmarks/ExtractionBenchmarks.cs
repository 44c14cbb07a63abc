using System.Text;
using BenchmarkDotNet.Attributes;
using NewsData.Extraction;

namespace NewsData.Benchmarks;

/// <summary>Extraction of both seeds against the floor of merely decoding their bytes.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    [Benchmark(Baseline = true, Description = "UTF-8 decode only")]
    public int Decode()
    {
        var length = 0;
        foreach (var (_, bytes) in Corpus.Seeds)
        {
            length += Encoding.UTF8.GetString(bytes).Length;
        }

        return length;
    }

    [Benchmark(Description = "decode + extract")]
    public int Extract()
    {
        var paragraphs = 0;
        foreach (var (name, bytes) in Corpus.Seeds)
        {
            paragraphs += ArticleExtractor.Extract(name, SourceDecoder.Decode(bytes)).Article!.Paragraphs.Count;
        }

        return paragraphs;
    }
}
