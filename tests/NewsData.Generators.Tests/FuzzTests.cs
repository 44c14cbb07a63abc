using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsData.Extraction;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>
/// Seeded random mutations of real scrapes (deleted, duplicated and swapped lines, random characters,
/// cut files): thousands of cases, none may throw, every span must lie inside the text, and the same input
/// must always give the same result — for the generator, byte-identical source.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds"), "*.txt")
        .OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static string Mutate(Random random, string text)
    {
        var lines = text.Split('\n').ToList();
        var operations = random.Next(1, 6);
        for (var k = 0; k < operations && lines.Count > 0; k++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 2: (lines[at], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[at]); break;
                case 3: lines[at] = InsertRandom(random, lines[at]); break;
                case 4: lines[at] = lines[at].Length > 2 ? lines[at].Substring(0, random.Next(lines[at].Length)) : lines[at]; break;
                case 5: lines[at] = lines[at] + lines[at]; break;
                default: lines = lines.Take(at + 1).ToList(); break;
            }
        }

        return string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines);
    }

    private static string InsertRandom(Random random, string line)
    {
        const string Alphabet = "\u201C\u201D\"'\u2018\u2019()[]{}<>|/\\:;,.!?-\u2013\u2014 \t\u00A0\u200B\u202EAZaz09\u00E9\u0416\U0001F600\uFFFD";
        var builder = new StringBuilder(line);
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            builder.Insert(random.Next(builder.Length + 1), Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    [Fact]
    public void Three_thousand_mutated_scrapes_extract_without_exceptions_with_spans_inside_and_deterministically()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 3000; i++)
        {
            var text = Mutate(random, Seeds[i % Seeds.Length]);
            var first = ArticleExtractor.Extract($"case{i}.txt", text);
            var second = ArticleExtractor.Extract($"case{i}.txt", text);

            Assert.DoesNotContain(first.Diagnostics, d => d.Id == DiagnosticIds.ExtractionFailed);
            Assert.Equal(first.Article, second.Article);
            Assert.Equal(first.Diagnostics, second.Diagnostics);
            Assert.All(first.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
            if (first.Article is { } article)
            {
                Assert.All(article.Quotes, q => Assert.Equal(q.Text, q.Span.Slice(text)));
                Assert.All(article.Entities.SelectMany(e => e.Mentions), m => Assert.InRange(m.Span.End, m.Span.Start, text.Length));
            }
        }
    }

    [Fact]
    public void Mutated_corpora_generate_byte_identical_compiling_source_every_time()
    {
        var random = new Random(42);
        for (var i = 0; i < 40; i++)
        {
            var harness = new GeneratorHarness();
            var again = new GeneratorHarness();
            for (var f = 0; f < 3; f++)
            {
                var text = Mutate(random, Seeds[(i + f) % Seeds.Length]);
                harness.AddArticle($"/corpus/case{i}-{f}.txt", text);
                again.AddArticle($"/corpus/case{i}-{f}.txt", text);
            }

            var first = harness.Run();
            var second = again.Run();

            Assert.Equal(first.Sources.Select(s => s.SourceText.ToString()), second.Sources.Select(s => s.SourceText.ToString()));
            Assert.DoesNotContain(first.GeneratorDiagnostics, d => d.Id == DiagnosticIds.ExtractionFailed);
            Assert.Empty(first.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        }
    }

    private static readonly char[] FormatCharacters =
    {
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
    };

    /// <summary>Format characters put inside and beside capitalised words, where names are: scraped pages carry them.</summary>
    private static string WithFormatCharactersInNames(Random random, string text)
    {
        var builder = new StringBuilder(text.Length + 64);
        var capitalised = false;
        foreach (var c in text)
        {
            capitalised = char.IsLetter(c) ? capitalised || char.IsUpper(c) : false;
            builder.Append(c);
            if (capitalised && random.Next(8) == 0)
            {
                builder.Append(FormatCharacters[random.Next(FormatCharacters.Length)]);
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Format_characters_in_names_never_break_the_build_and_never_reach_an_identifier()
    {
        // Before: "Tom\u200B Brown" and "Tom Brown" were two people to the generator and one identifier to C# (CS0102).
        var random = new Random(20261207);
        for (var i = 0; i < 30; i++)
        {
            var harness = new GeneratorHarness();
            harness.AddArticle($"/corpus/case{i}-plain.txt", Seeds[i % Seeds.Length]);
            for (var f = 0; f < 2; f++)
            {
                harness.AddArticle($"/corpus/case{i}-{f}.txt", WithFormatCharactersInNames(random, Mutate(random, Seeds[(i + f) % Seeds.Length])));
            }

            var run = harness.Run();

            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.ExtractionFailed);
            // Literals escape them and doc comments blank them: no generated file holds one raw.
            Assert.All(run.Sources, source => Assert.DoesNotContain(source.SourceText.ToString(), c => Array.IndexOf(FormatCharacters, c) >= 0));
        }
    }
}
