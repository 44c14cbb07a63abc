using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using NewsData.Extraction;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Entities.Tagging;

namespace NewsData.Benchmarks;

/// <summary>
/// The name tagger alone, on the tokens of every paragraph of 100 synthesised scrapes and both
/// seeds: tokenizing (the recogniser does it anyway) against tokenizing and tagging. The difference
/// divided by <see cref="TokenCount"/> is the tagger's cost per token.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private readonly List<string> _paragraphs = new();
    private NameTag[] _tags = new NameTag[4096];
    private readonly NameHistory _history = new();

    /// <summary>How many tokens one pass tags (printed by the setup).</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var synthesizer = new NewsData.CorpusSynth.ScrapeSynthesizer(seed: 7);
        var texts = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            texts.Add(synthesizer.Next(i).Text);
        }

        foreach (var path in Corpus.SeedPaths)
        {
            texts.Add(SourceDecoder.Decode(File.ReadAllBytes(path)));
        }

        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                if (line.Length > 0)
                {
                    _paragraphs.Add(line);
                }
            }
        }

        TokenCount = Tokenize();
        System.Console.WriteLine($"// {TokenCount} tokens per pass");
    }

    [Benchmark(Baseline = true, Description = "tokenize")]
    public int Tokenize()
    {
        var count = 0;
        foreach (var paragraph in _paragraphs)
        {
            count += Tokenizer.Tokenize(paragraph, 0, paragraph.Length).Count;
        }

        return count;
    }

    [Benchmark(Description = "tokenize + tag")]
    public int TokenizeAndTag()
    {
        var model = TaggerModel.Default!;
        var names = 0;
        _history.Clear(); // one history for the pass, as for one long article
        foreach (var paragraph in _paragraphs)
        {
            var tokens = Tokenizer.Tokenize(paragraph, 0, paragraph.Length);
            if (_tags.Length < tokens.Count)
            {
                _tags = new NameTag[tokens.Count];
            }

            NameTagger.Tag(model, tokens, _tags, _history);
            names += _tags[0] == NameTag.O ? 0 : 1;
        }

        return names;
    }
}
