using System;
using System.IO;
using System.Linq;

namespace NewsData.Cli.Tests;

/// <summary>Progress on stderr: drawn in place on a terminal, never into a log or a pipe, never with --quiet.</summary>
public class ProgressTests
{
    [Fact]
    public void On_a_terminal_the_line_counts_up_in_place_and_is_erased_at_the_end()
    {
        var error = new StringWriter();
        var progress = Progress.Start(Context(error, terminal: true), "reading", total: 300, quiet: false);
        progress.Advance();
        progress.Advance();
        progress.Draw();
        progress.Advance();
        progress.Draw();
        progress.Dispose();

        Assert.Equal("\rreading 2/300 files\u001b[K\rreading 3/300 files\u001b[K\r\u001b[K", error.ToString());
    }

    [Theory]
    [InlineData(false, false)] // stderr is a log or a pipe
    [InlineData(true, true)]   // --quiet
    public void Elsewhere_or_quiet_nothing_is_drawn(bool terminal, bool quiet)
    {
        var error = new StringWriter();
        using (var progress = Progress.Start(Context(error, terminal), "reading", total: 300, quiet))
        {
            progress.Advance();
            System.Threading.Thread.Sleep(700); // past the first draw, had there been one
        }

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void A_run_on_a_terminal_leaves_one_summary_line_on_screen()
    {
        using var corpus = new TempCorpus();
        var seed = File.ReadAllText(Path.Combine(Cli.SeedsFolder, "000_eb75a7b507fbf6e2.txt"));
        for (var i = 0; i < 100; i++)
        {
            corpus.Add($"page-{i:D3}.txt", seed);
        }

        var (exitCode, _, error) = Cli.Run(["extract", corpus.Path], errorIsTerminal: true);

        Assert.Equal(0, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var summary = Assert.Single(lines);
        // What stays on screen once the carriage returns are applied is the summary alone.
        Assert.Matches(@"^newsdata: extracted: 100 files, 100 articles, 0 errors, 0 warnings \([0-9.]+ s\)\.$", summary.Split('\r').Last().Replace("\u001b[K", ""));
    }

    private static CommandContext Context(StringWriter error, bool terminal) => new(TextWriter.Null, error, () => Stream.Null, terminal);
}
