using System;
using System.IO;
using System.Linq;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>`newsdata check` says what the build says: the same ids at the same lines and columns, and fails on errors.</summary>
[Collection(nameof(FaultInjectionCollection))]
public class CheckMatchesBuildTests
{
    [Fact]
    public void Check_reports_the_builds_diagnostics_with_the_same_positions()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdata-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new[]
            {
                ("a-good.txt", "Talks resume in Vienna after pause\n\nDiplomats met on Monday, officials said.\n"),
                ("b-empty.txt", "   \n"),
                ("c-undated.txt", "Talks stall again in Vienna\r\nPublished: sometime last spring\r\n\r\nDiplomats left on Friday.\r\n"),
                ("d-binary.txt", "Headline of a file\n\nBody \0 with a NUL.\n"),
                ("e-menu.txt", "Home | World | Europe news today\n\nDiplomats met on Monday, officials said.\n"),
                ("f-binary.txt", "Headline of a file\n\nBody \0\0 with two NULs: binary to the compiler.\n"),
                ("g-bylines.txt", "Talks resume in Vienna after pause\n\nDiplomats met on Monday, officials said.\n\nThe ministers will meet again next week.\n\n" + string.Concat(Enumerable.Range(0, 600).Select(i => $"By John Smith{i} and Maria Garcia{i}\n"))),
                ("h-escape.txt", "Talks stall again in Vienna\nPublished: \u001B]0;PWNED\u0007 sometime\n\nDiplomats left on Friday.\n"),
            };
            var harness = new GeneratorHarness();
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, text);
                harness.AddArticle(path, text);
            }

            var build = harness.Run().GeneratorDiagnostics
                .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage()}")
                .OrderBy(l => l, StringComparer.Ordinal)
                .ToList();

            var output = new StringWriter();
            var exitCode = NewsData.Cli.Program.Run(new[] { "check", folder }, output, new StringWriter(), () => Stream.Null);
            var check = output.ToString().Split('\n').Where(l => l.Contains(": error NEWS") || l.Contains(": warning NEWS"))
                .Select(l => l.TrimEnd('\r'))
                .OrderBy(l => l, StringComparer.Ordinal)
                .ToList();

            // Ids, positions and words agree, for every file but the good one; among them the binary file as the
            // compiler judges it, the bound on byline people and escaped page text.
            Assert.Equal(build, check);
            Assert.Equal(files.Skip(1).Select(f => Path.Combine(folder, f.Item1)), build.Select(l => l.Substring(0, l.IndexOf('(', StringComparison.Ordinal))).Distinct());
            Assert.Contains(build, l => l.Contains("f-binary.txt(1,1): error NEWS002: ", StringComparison.Ordinal));
            Assert.Contains(build, l => l.Contains("g-bylines.txt(", StringComparison.Ordinal) && l.Contains("): warning NEWS013: ", StringComparison.Ordinal));
            Assert.Contains(build, l => l.Contains("h-escape.txt(2,1): warning NEWS005: The date in \"Published: \\u001B]0;PWNED\\u0007 sometime\"", StringComparison.Ordinal));
            Assert.Equal(1, exitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
