using System.IO;

namespace NewsData.Cli.Tests;

/// <summary>`newsdata check` prints diagnostics like a compiler and fails on errors.</summary>
public class CheckCommandTests
{
    [Fact]
    public void A_clean_corpus_passes()
    {
        var (exitCode, output, _) = Cli.Run("check", Cli.SeedsFolder);

        Assert.Equal(0, exitCode);
        Assert.Contains("2 file(s) checked: 0 error(s), 0 warning(s).", output);
    }

    [Fact]
    public void Errors_and_warnings_are_printed_with_file_line_and_column_and_errors_fail_the_check()
    {
        using var corpus = new TempCorpus();
        var empty = corpus.Add("empty.txt", "  \n");
        var undated = corpus.Add("undated.txt", "Talks stall again in Vienna\nPublished: sometime last spring\n\nDiplomats left on Friday.\n");

        var (exitCode, output, _) = Cli.Run("check", corpus.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{empty}(1,1): error NEWS001: ", output);
        Assert.Contains($"{undated}(2,1): warning NEWS005: ", output);
        Assert.Contains("2 file(s) checked: 1 error(s), 1 warning(s).", output);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_check()
    {
        using var corpus = new TempCorpus();
        corpus.Add("headline-only.txt", "Putin and Raisi discuss nuclear talks by phone\n");

        var (exitCode, output, _) = Cli.Run("check", corpus.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("warning NEWS004", output);
    }
}
