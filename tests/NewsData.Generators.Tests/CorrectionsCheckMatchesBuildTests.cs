using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>
/// `newsdata check` and `newsdata extract` apply the same corrections files as the build: the same located
/// diagnostics in the corrections files, the same corrected articles.
/// </summary>
[Collection(nameof(FaultInjectionCollection))]
public class CorrectionsCheckMatchesBuildTests
{
    // A malformed element (a kind that is none) and a stale quote beside the valid corrections.
    private const string CradleJson = """
        {
          "title": "Corrected title",
          "quotes": [
            { "text": "I hope what is happening", "speaker": "Vladimir Putin" },
            { "text": "We never said this", "remove": true }
          ],
          "entities": [ { "name": "Islamic Republic", "kind": "organisation" } ]
        }
        """;

    [Fact]
    public void Check_and_extract_apply_the_corrections_files_as_the_build_does()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdata-corrections-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var cradle = Write(folder, "000_eb75a7b507fbf6e2.txt", CorrectionsTests.Seed("000_eb75a7b507fbf6e2.txt"));
            var post = Write(folder, "004_c1c32415a31d80a4.txt", CorrectionsTests.Seed("004_c1c32415a31d80a4.txt"));
            var sidecar = Write(folder, "000_eb75a7b507fbf6e2.corrections.json", CradleJson);
            var project = Write(folder, "NewsData.corrections.json", CorrectionsTests.ProjectJson);
            var run = new GeneratorHarness()
                .AddListedArticle(cradle, File.ReadAllText(cradle))
                .AddListedArticle(post, File.ReadAllText(post))
                .AddListedCorrections(sidecar, CradleJson, cradle)
                .AddListedCorrections(project, CorrectionsTests.ProjectJson, "*")
                .Run();
            var build = run.GeneratorDiagnostics
                .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage()}")
                .OrderBy(l => l, StringComparer.Ordinal)
                .ToList();

            var (exitCode, output) = Cli("check", "--corrections", project, cradle, post);
            var check = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error NEWS") || l.Contains(": warning NEWS"))
                .OrderBy(l => l, StringComparer.Ordinal)
                .ToList();

            Assert.Equal(build, check);
            Assert.Contains(check, l => l.StartsWith(sidecar + "(7,", StringComparison.Ordinal) && l.Contains(": error NEWS014: ", StringComparison.Ordinal));
            Assert.Contains(check, l => l.StartsWith(sidecar + "(5,5): warning NEWS015: ", StringComparison.Ordinal));
            Assert.Contains(check, l => l.StartsWith(project + "(5,", StringComparison.Ordinal) && l.Contains(": warning NEWS015: ", StringComparison.Ordinal));
            Assert.Equal(1, exitCode); // NEWS014 is an error, in check as in the build

            var (_, json) = Cli("extract", "--corrections", project, cradle, post);
            using var extracted = JsonDocument.Parse(json);
            var articles = (IReadOnlyList<Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
            Assert.Equal(2, articles.Count);
            foreach (var (article, expected) in articles.Zip(extracted.RootElement.EnumerateArray()))
            {
                Assert.Equal(expected.GetProperty("title").GetString(), article.Title);
                Assert.Equal(expected.GetProperty("quotes").EnumerateArray().Select(q => (q.GetProperty("text").GetString()!, q.GetProperty("speaker").GetString(), q.GetProperty("kind").GetString()!)),
                    article.Quotes.Select(q => (q.Text, q.Speaker?.Name, q.Kind.ToString().ToLowerInvariant())));
                Assert.Equal(expected.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal),
                    article.Entities.Select(e => e.Name).Order(StringComparer.Ordinal));
            }

            Assert.Equal("Corrected title", articles[0].Title);
            Assert.DoesNotContain(articles[1].Entities, e => e.Name == "Reuters");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output) Cli(params string[] args)
    {
        var output = new StringWriter();
        var stream = new MemoryStream();
        var exitCode = NewsData.Cli.Program.Run(args, output, new StringWriter(), () => new NonClosing(stream));
        return (exitCode, output + System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private sealed class NonClosing(Stream inner) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void WriteByte(byte value) => inner.WriteByte(value);
    }
}
