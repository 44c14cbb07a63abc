using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsData.Package.Tests;

/// <summary><c>newsdata</c> installed from the feed as a .NET tool, and run.</summary>
public class ToolTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    [Fact]
    public void The_tool_installs_from_the_feed_and_checks_extracts_and_reports()
    {
        var tools = Path.Combine(feed.Root, "tools");
        feed.Run(feed.Root, "tool", "install", "NewsData.Cli", "--version", feed.Version, "--tool-path", tools, "--configfile", Path.Combine(feed.Root, "nuget.config"))
            .ShouldSucceed("dotnet tool install");
        var newsdata = Path.Combine(tools, "newsdata");
        var seeds = Path.Combine(feed.RepositoryRoot, "seeds");
        var seedCount = Directory.GetFiles(seeds, "*.txt").Length;

        var check = Tool(newsdata, "check", seeds);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains($"{seedCount} file(s) checked: 0 error(s)", check.Output);

        var extract = Tool(newsdata, "extract", seeds, "--format", "json");
        Assert.Equal(0, extract.ExitCode);
        Assert.Contains($"extracted: {seedCount} file", extract.Output); // the summary line, on stderr
        using (var json = System.Text.Json.JsonDocument.Parse(extract.StandardOutput))
        {
            Assert.Equal(seedCount, json.RootElement.GetArrayLength());
        }

        var report = Path.Combine(feed.Root, "report.html");
        Assert.Equal(0, Tool(newsdata, "report", seeds, "-o", report).ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report));
    }

    private static DotNet.Result Tool(string executable, params string[] args) =>
        DotNet.RunProgram(executable, Path.GetTempPath(), null, args).ShouldSucceed("newsdata " + string.Join(' ', args));
}
