using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsData.Extraction;

namespace NewsData.Package.Tests;

/// <summary>
/// Files no scrape should be, in a real build through the package's targets: names the compiler's command line
/// cannot carry, a pipe, links to nothing and to a device, an empty, a binary and a huge file, and an item that
/// names no file. Before, these failed the build with CS1566, CS2001 or CS2015, or hung it (the pipe). Now
/// each is one NEWS error on that file, the other articles are still generated, and newsdata says the same.
/// </summary>
public class HostileFilesTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    private const string Story = "Harbour reopens after winter storms\n\nBy Ana Lopes - March 3 2023\n\nThe harbour reopened on Friday, the port authority said.\n";

    [Fact]
    public void Each_hostile_file_is_one_NEWS_error_on_it_the_rest_still_generates_and_newsdata_agrees()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // pipes, links to devices and control characters in names are Linux and macOS things
        }

        var app = feed.CreateProject("hostile", new Dictionary<string, string>
        {
            ["Hostile.csproj"] = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                    <NewsDataIncludeSeedCorpus>false</NewsDataIncludeSeedCorpus>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  </PropertyGroup>
                  <ItemGroup><PackageReference Include="NewsData.Generators" Version="{feed.Version}" /></ItemGroup>
                  <ItemGroup>
                    <NewsArticle Include="news/*.txt" />
                    <NewsArticle Include="news/missing.txt" />
                  </ItemGroup>
                </Project>
                """,
            ["Program.cs"] = "System.Console.WriteLine(NewsData.NewsCorpus.Articles.Count);",
            ["news/good.txt"] = Story,
            ["news/a;b.txt"] = Story.Replace("Harbour reopens", "Library reopens", StringComparison.Ordinal), // odd for MSBuild, fine for the compiler
            ["news/empty.txt"] = "",
            ["news/binary.txt"] = "Headline of a binary file\n\nBody \0\0 with two NULs.\n",
        });
        var news = Path.Combine(app, "news");
        foreach (var name in new[] { "tab\t.txt", "line\nbreak.txt", "quote\".txt", "pipe|.txt", "back\\slash.txt", "esc\u001B[31m.txt" })
        {
            File.WriteAllText(Path.Combine(news, name), Story);
        }

        File.CreateSymbolicLink(Path.Combine(news, "dangling.txt"), Path.Combine(news, "nowhere"));
        File.CreateSymbolicLink(Path.Combine(news, "zero.txt"), "/dev/zero");
        using (var huge = File.Create(Path.Combine(news, "huge.txt")))
        {
            huge.SetLength(40_000_000); // sparse: more bytes than 10,000,000 characters can take
        }

        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(news, "fifo.txt")])!)
        {
            mkfifo.WaitForExit();
        }

        var build = feed.Run(app, "build"); // a hang (the pipe) would end in DotNet's five-minute timeout

        Assert.NotEqual(0, build.ExitCode);
        Assert.DoesNotMatch(@"(error|warning) (CS|MSB)\d+", build.Output);
        var errors = build.Output.Split('\n').Where(l => l.Contains(": error NEWS", StringComparison.Ordinal)).Distinct().ToList();
        var located = Diagnoses(errors, @"^(?<path>.*?)(\(1,1\))? ?: error (?<id>NEWS\d+): (?<message>.*?)( \(https://[^ ]*\))? \[[^\]]*\]\s*$");
        var regular = new[] { "fifo.txt", "dangling.txt", "zero.txt", "empty.txt" };
        Assert.All(regular, name => Assert.Equal(("NEWS001", FileDiagnostics.NotRegularOrEmpty(name).Message), located[name]));
        Assert.Equal(("NEWS007", FileDiagnostics.TooManyBytes("huge.txt", ExtractionOptions.DefaultMaxLength).Message), located["huge.txt"]);
        Assert.Equal(("NEWS002", FileDiagnostics.BinaryToTheCompiler("binary.txt").Message), located["binary.txt"]);
        Assert.Equal(("NEWS001", FileDiagnostics.Missing().Message), located["missing.txt"]);
        Assert.Equal(("NEWS001", FileDiagnostics.Missing().Message), located["slash.txt"]); // MSBuild made the backslash a folder
        Assert.Equal(5, errors.Count(l => l.Contains(FileDiagnostics.PathNotPassable().Message, StringComparison.Ordinal))); // tab, line break, quote, pipe, escape
        Assert.Equal(5 + 8, errors.Count); // and nothing else

        // The other articles are still generated.
        var generated = File.ReadAllText(Directory.GetFiles(Path.Combine(app, "obj"), "NewsCorpus.Articles000.g.cs", SearchOption.AllDirectories).Single());
        Assert.Equal(new[] { "AB", "Good" }, Regex.Matches(generated, @"public static readonly global::NewsData\.Article (\w+) ").Select(m => m.Groups[1].Value));

        // newsdata gives every file the build diagnoses the same diagnosis (it never sees the item that names no file).
        var output = new StringWriter();
        NewsData.Cli.Program.Run(["check", news], output, new StringWriter(), () => Stream.Null);
        var lines = output.ToString().Split('\n').Where(l => l.Contains(": error NEWS", StringComparison.Ordinal)).ToList();
        var check = Diagnoses(lines, @"^(?<path>.*)\(1,1\): error (?<id>NEWS\d+): (?<message>.*)$");
        Assert.All(regular.Append("huge.txt").Append("binary.txt"), name => Assert.Equal(located[name], check[name]));
        Assert.Equal(6, lines.Count(l => l.EndsWith(": error NEWS001: " + FileDiagnostics.PathNotPassable().Message, StringComparison.Ordinal))); // and the backslash
        Assert.Equal(errors.Count - 1, lines.Count);
    }

    // File name → (id, message), from diagnostic lines in the shape of the pattern.
    private static Dictionary<string, (string Id, string Message)> Diagnoses(IEnumerable<string> lines, string pattern) =>
        lines.Select(l => Regex.Match(l.TrimEnd('\r'), pattern)).Where(m => m.Success)
            .ToDictionary(m => Path.GetFileName(m.Groups["path"].Value), m => (m.Groups["id"].Value, m.Groups["message"].Value));
}
