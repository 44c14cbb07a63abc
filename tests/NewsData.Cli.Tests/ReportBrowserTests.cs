using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace NewsData.Cli.Tests;

/// <summary>The report as a reader meets it: opened in headless Chromium, a person clicked.</summary>
public class ReportBrowserTests(ITestOutputHelper log)
{
    [ChromiumFact]
    public async Task Clicking_a_person_shows_all_their_quotes_across_articles()
    {
        using var corpus = new TempCorpus();
        var report = Path.Combine(corpus.Path, "report.html");
        Assert.Equal(0, Cli.Run("report", Cli.SeedsFolder, "-o", report).ExitCode);
        // The person quoted most in the seeds, and what they said, from the extraction itself.
        var (articles, entities, _) = ReportCommandTests.Expected();
        var quotes = articles.SelectMany(a => a.Quotes).Where(q => q.Speaker?.Kind == EntityKind.Person).ToList();
        var person = quotes.GroupBy(q => q.Speaker!).OrderByDescending(g => g.Count()).First().Key;
        var said = quotes.Where(q => ReferenceEquals(q.Speaker, person)).Select(q => q.Text).ToList();
        Assert.NotEmpty(said);

        await using var browser = await HeadlessChromium.LaunchAsync(HeadlessChromium.Executable!);
        await browser.NavigateAsync(new Uri(report).AbsoluteUri);
        var panelId = await browser.EvaluateAsync<string>($"Array.from(document.querySelectorAll('#entities a.person')).find(a => a.textContent === {System.Text.Json.JsonSerializer.Serialize(person.Name)})?.dataset.entity");
        Assert.False(string.IsNullOrEmpty(panelId));
        Assert.Equal("none", await browser.EvaluateAsync<string>($"getComputedStyle(document.getElementById('{panelId}')).display"));
        // Before any choice the right-hand column shows who is quoted most, this person first.
        Assert.Equal("block", await browser.EvaluateAsync<string>("getComputedStyle(document.getElementById('start')).display"));
        Assert.Equal(person.Name, await browser.EvaluateAsync<string>("document.querySelector('#start .most-quoted a').textContent"));
        // The browser adds no quote marks of its own in the articles: the page's marks are the only ones.
        Assert.Equal(0, await browser.EvaluateAsync<int>("""
            Array.from(document.querySelectorAll('main article > p:not([class]) *')).filter(e => ['::before', '::after'].some(p => !['none', 'normal', ''].includes(getComputedStyle(e, p).content))).length
            """));
        Assert.True(await browser.EvaluateAsync<int>("document.querySelectorAll('main .quote').length") > 0);

        // Click the person where a reader would: a mention inside an article's text.
        await browser.ClickAsync($"main a.entity.mention[data-entity='{panelId}']");
        await Task.Delay(200);

        Assert.Equal("#" + panelId, await browser.EvaluateAsync<string>("location.hash"));
        Assert.Equal("block", await browser.EvaluateAsync<string>($"getComputedStyle(document.getElementById('{panelId}')).display"));
        Assert.Equal("none", await browser.EvaluateAsync<string>("getComputedStyle(document.getElementById('start')).display"));
        var shown = await browser.EvaluateAsync<string[]>($"Array.from(document.querySelectorAll('#{panelId} ul.quotes li > :first-child')).map(q => q.textContent)");
        Assert.Equal(said, shown);
        Assert.Equal(person.Name, await browser.EvaluateAsync<string>($"document.querySelector('#{panelId} h2').firstChild.textContent.trim()"));
        // Every mention of them is marked, and nobody else's.
        var active = await browser.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('a.entity.active')).map(a => a.dataset.entity)");
        Assert.NotEmpty(active!);
        Assert.All(active!, id => Assert.Equal(panelId, id));

        var screenshot = Path.Combine(ArtifactsFolder(), "report-person-clicked.png");
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
        Assert.True(new FileInfo(screenshot).Length > 1000);
        log.WriteLine("Screenshot: " + screenshot);
    }

    // NEWSDATA_TEST_ARTIFACTS (set by .ci/run) keeps it after the run; else beside the test assembly.
    private static string ArtifactsFolder()
    {
        var folder = Environment.GetEnvironmentVariable("NEWSDATA_TEST_ARTIFACTS") is { Length: > 0 } set ? set : Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
