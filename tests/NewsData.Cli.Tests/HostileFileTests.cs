using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NewsData.Extraction;

namespace NewsData.Cli.Tests;

/// <summary>
/// Files no scrape should be, beside good ones: each gets a diagnostic of its own and every other file is
/// still extracted; nothing hangs, nothing is read without bound, and nothing from a name or a page drives
/// the terminal. The same rules as the build's targets (see ArticleFileReader).
/// </summary>
public class HostileFileTests
{
    private const string Good = "Harbour reopens after winter storms\n\nBy Ana Lopes - March 3 2023\n\nThe harbour reopened on Friday, the port authority said.\n";

    [Fact]
    public async Task Unreadable_entries_are_diagnostics_on_their_files_and_the_good_files_are_still_extracted()
    {
        using var corpus = new TempCorpus();
        corpus.Add("good.txt", Good);
        corpus.Add("empty.txt", "");
        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(Path.Combine(corpus.Path, "dangling.txt"), Path.Combine(corpus.Path, "nowhere"));
            File.CreateSymbolicLink(Path.Combine(corpus.Path, "zero.txt"), "/dev/zero");
            File.CreateSymbolicLink(Path.Combine(corpus.Path, "mem.txt"), "/proc/self/mem");
            MakeFifo(Path.Combine(corpus.Path, "fifo.txt"));
        }

        // Before: the dangling link ended the run with "Could not find file", the link to /dev/zero read 4 GB,
        // the pipe waited for a writer forever.
        var (exitCode, output, error) = await Task.Run(() => Cli.Run("check", corpus.Path)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Equal("", error);
        var names = Directory.GetFiles(corpus.Path, "*.txt").Select(Path.GetFileName).Where(n => n != "good.txt").ToList();
        Assert.All(names, name => Assert.Contains($"{Path.Combine(corpus.Path, name!)}(1,1): error NEWS001: '{name}' is empty or is not a regular file", output));
        Assert.Contains($"{names.Count + 1} file(s) checked: {names.Count} error(s), 0 warning(s).", output);

        using var json = Cli.Extract(corpus.Path);
        Assert.Equal("Harbour reopens after winter storms", json.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "good").GetProperty("title").GetString());
    }

    [Fact]
    public void A_file_larger_than_the_limit_can_take_is_never_read()
    {
        using var corpus = new TempCorpus();
        var path = Path.Combine(corpus.Path, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(50_000_000); // sparse: 50 MB that cost no disk
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var read = ArticleFileReader.Read(path);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(DiagnosticIds.FileTooLarge, read.Problem?.Id);
        Assert.Equal("", read.Text);
        Assert.InRange(allocated, 0, 1_000_000); // before: the whole file, then its text, about 600 MB
    }

    [Theory]
    [InlineData(33, null)]                  // 33 ASCII bytes: at most 33 characters, so it must be decoded to tell
    [InlineData(34, DiagnosticIds.FileTooLarge)] // more bytes than 10 characters can ever take (3 each, plus a byte order mark)
    public void The_size_is_judged_before_reading_from_the_most_bytes_the_limit_allows(int bytes, string? id)
    {
        using var corpus = new TempCorpus();
        var path = corpus.Add("sized.txt", new string('a', bytes));

        var read = ArticleFileReader.Read(path, maxLength: 10);

        Assert.Equal(id, read.Problem?.Id);
        Assert.Equal(id is null ? bytes : 0, read.Text.Length);
        Assert.Equal(DiagnosticIds.FileTooLarge, Assert.Single(read.Extract().Diagnostics).Id); // 33 characters: the extractor's own limit
    }

    [Fact]
    public void A_binary_file_is_the_same_NEWS002_the_build_reports()
    {
        using var corpus = new TempCorpus();
        var path = corpus.Add("binary.txt", "Headline of a file here\n\nBody \0\0 with two NULs.\n");

        var result = ArticleFileReader.Read(path).Extract();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(FileDiagnostics.BinaryToTheCompiler("binary.txt"), diagnostic);
    }

    [Fact]
    public void Names_and_page_text_with_terminal_escapes_are_printed_escaped()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a control character cannot be part of a Windows file name
        }

        using var corpus = new TempCorpus();
        corpus.Add("esc\u001B]0;PWNED\u0007.txt", Good);
        corpus.Add("title.txt", "Home | World | PWNED \u001B]0;PWNED-TITLE\u0007 now\n\nPublished: \u001B[2J sometime\n\nThe harbour reopened on Friday, officials said.\n");

        var (_, output, _) = Cli.Run("check", corpus.Path);

        Assert.DoesNotContain(output, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.Contains("esc\\u001B]0;PWNED\\u0007.txt(1,1): error NEWS001: This file's path holds a character", output);
        Assert.Contains("PWNED \\u001B]0;PWNED-TITLE\\u0007", output);
        Assert.Contains("Published: \\u001B[2J sometime", output);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("check")]
    [InlineData("report")]
    public void Output_that_cannot_be_written_is_one_line_on_stderr_and_exit_2(string command)
    {
        var output = new FailingWriter();
        var error = new StringWriter();

        var exitCode = Program.Run([command, Cli.SeedsFolder], output, error, () => new FailingStream());

        Assert.Equal(2, exitCode);
        Assert.Equal("newsdata: cannot write the output: No space left on device" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void A_full_or_closed_stdout_ends_the_real_process_without_a_stack_trace()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "NewsData.Cli.dll");
        foreach (var redirect in new[] { "> /dev/full", ">&-" })
        {
            var start = new ProcessStartInfo("sh", ["-c", $"dotnet \"{cli}\" extract \"{Cli.SeedsFolder}\" {redirect}"]) { RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.Equal(2, process.ExitCode);
            Assert.StartsWith("newsdata: cannot write the output: ", stderr);
            Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");

        public override void WriteByte(byte value) => throw new IOException("No space left on device");
    }
}
