using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace NewsData.Cli.Tests;

/// <summary>The command line as users of System.CommandLine tools expect it: help, version, suggestions, response files, exit codes.</summary>
public class CommandLineTests
{
    private static readonly string[] CommandNames = ["extract", "check", "report", "export", "completion"];

    public static TheoryData<string> Commands => new(CommandNames);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_with_usage_examples_and_exit_codes(string command)
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var (exitCode, output, error) = Cli.Run(command, help);

            Assert.Equal(0, exitCode);
            Assert.Equal("", error);
            Assert.Contains($"Usage:\n  newsdata {command} ", output.Replace("\r", ""));
            Assert.Contains($"Examples:\n  newsdata {command} ", output.Replace("\r", ""));
            Assert.Contains("Exit codes:", output);
            Assert.Contains("2  bad usage", output);
        }
    }

    [Fact]
    public void The_tool_help_lists_every_command_with_an_example()
    {
        var (exitCode, output, _) = Cli.Run("--help");

        Assert.Equal(0, exitCode);
        Assert.All(CommandNames, command => Assert.Contains($"\n  newsdata {command} ", output.Replace("\r", "")));
        Assert.Contains("1  errors found", output);
    }

    [Fact]
    public void Version_prints_the_assemblys_informational_version()
    {
        var (exitCode, output, _) = Cli.Run("--version");

        Assert.Equal(0, exitCode);
        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(version, output.Trim());
        Assert.StartsWith(typeof(Program).Assembly.GetName().Version!.ToString(3), version);
    }

    [Theory]
    [InlineData("chek", "'check'")]
    [InlineData("extact", "'extract'")]
    [InlineData("reprot", "'report'")]
    public void A_mistyped_command_gets_a_suggestion_on_stderr_and_exit_2(string typed, string suggested)
    {
        var (exitCode, output, error) = Cli.Run(typed, Cli.SeedsFolder);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"Unrecognized command or argument '{typed}'", error);
        Assert.Contains($"Did you mean {suggested}?", error);
        Assert.Contains("Run 'newsdata --help'", error);
    }

    [Fact]
    public void An_unknown_command_is_named_and_nothing_unrelated_is_suggested()
    {
        var (exitCode, _, error) = Cli.Run("frobnicate", "x");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", error);
        Assert.DoesNotContain("Did you mean", error);
    }

    [Fact]
    public void A_mistyped_option_gets_a_suggestion()
    {
        var (exitCode, _, error) = Cli.Run("extract", "--fromat", "json", Cli.SeedsFolder);

        Assert.Equal(2, exitCode);
        Assert.Contains("Unrecognized option '--fromat'. Did you mean '--format'?", error);
        Assert.Contains("Run 'newsdata extract --help'", error);
    }

    [Fact]
    public void Nothing_at_all_prints_the_help_on_stderr_and_exits_2()
    {
        var (exitCode, output, error) = Cli.Run();

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Required command was not provided.", error);
        Assert.Contains("Usage:", error);
    }

    [Fact]
    public void A_response_file_stands_for_the_arguments_it_lists()
    {
        using var corpus = new TempCorpus();
        var responses = corpus.Add("paths.rsp", $"extract\n{Path.Combine(Cli.SeedsFolder, "004_c1c32415a31d80a4.txt")}\n--format json\n");

        var direct = Cli.Run("extract", Path.Combine(Cli.SeedsFolder, "004_c1c32415a31d80a4.txt"), "--format", "json");
        var fromFile = Cli.Run("@" + responses);

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(direct.Output, fromFile.Output);
    }

    [Theory]
    [InlineData("[suggest:11]", "newsdata ch", "check")]
    [InlineData("[suggest:19]", "newsdata report --o", "--output")]
    public void The_suggest_directive_completes_commands_and_options(string directive, string line, string expected)
    {
        var (exitCode, output, _) = Cli.Run(directive, line);

        Assert.Equal(0, exitCode);
        Assert.Equal(expected, output.Trim());
    }

    [Fact]
    public void The_bash_completion_script_completes_with_tab_in_a_real_bash()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/bash"))
        {
            return; // Windows
        }

        using var corpus = new TempCorpus();
        // A newsdata on PATH that runs this build, as the installed tool would.
        var tool = corpus.Add("newsdata", $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "NewsData.Cli.dll")}\" \"$@\"\n");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var (_, script, _) = Cli.Run("completion", "bash");
        var session = corpus.Add("session.sh", script + """

            for line in "newsdata ch" "newsdata report --ou" "newsdata extract -"; do
              COMP_LINE="$line"; COMP_POINT=${#COMP_LINE}
              _newsdata_complete
              echo "$line => ${COMPREPLY[*]}"
            done
            """);
        var start = new ProcessStartInfo("/bin/bash", [session]) { RedirectStandardOutput = true };
        start.Environment["PATH"] = corpus.Path + ":" + Environment.GetEnvironmentVariable("PATH");
        using var bash = Process.Start(start)!;
        var completed = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();

        Assert.Contains("newsdata ch => check\n", completed);
        Assert.Contains("newsdata report --ou => --output\n", completed);
        Assert.Contains("--format", completed.Split('\n').Single(l => l.StartsWith("newsdata extract -", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("check")]
    [InlineData("report")]
    public void A_folder_without_txt_files_fails_saying_what_it_holds(string command)
    {
        using var corpus = new TempCorpus();
        Directory.CreateDirectory(Path.Combine(corpus.Path, "notes"));
        corpus.Add(Path.Combine("notes", "readme.md"), "# not an article\n");

        var (exitCode, output, error) = Cli.Run(command, Path.Combine(corpus.Path, "notes"));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"newsdata: '{Path.Combine(corpus.Path, "notes")}' holds no .txt file", error);
        Assert.Contains("'readme.md'", error);
    }

    [Fact]
    public void A_txt_extension_in_capitals_counts_as_an_article_file()
    {
        using var corpus = new TempCorpus();
        corpus.Add("readme.md", "# not an article\n");
        File.Copy(Path.Combine(Cli.SeedsFolder, "004_c1c32415a31d80a4.txt"), Path.Combine(corpus.Path, "UPPER.TXT"));

        var (exitCode, output, _) = Cli.Run("check", corpus.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 file(s) checked: 0 error(s), 0 warning(s).", output);
    }

    [Fact]
    public void Errors_in_a_file_exit_1_from_every_command_and_the_output_is_still_written()
    {
        using var corpus = new TempCorpus();
        corpus.Add("empty.txt", "  \n");
        File.Copy(Path.Combine(Cli.SeedsFolder, "004_c1c32415a31d80a4.txt"), Path.Combine(corpus.Path, "good.txt"));

        var extract = Cli.Run("extract", corpus.Path);
        var report = Cli.Run("report", corpus.Path);
        var check = Cli.Run("check", corpus.Path);

        Assert.Equal(new[] { 1, 1, 1 }, new[] { extract.ExitCode, report.ExitCode, check.ExitCode });
        Assert.Equal(2, JsonDocument.Parse(extract.Output).RootElement.GetArrayLength());
        Assert.Contains("</html>", report.Output);
        Assert.Contains("extracted: 2 files, 1 article, 1 error, 0 warnings", extract.Error);
    }

    [Fact]
    public void Quiet_leaves_out_the_summary_lines()
    {
        var extract = Cli.Run("extract", "--quiet", Cli.SeedsFolder);
        var check = Cli.Run("check", "-q", Cli.SeedsFolder);

        Assert.Equal("", extract.Error);
        Assert.Equal("", check.Output);
        Assert.Equal(0, check.ExitCode);
    }
}
