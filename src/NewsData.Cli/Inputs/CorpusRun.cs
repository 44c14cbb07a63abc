using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary>
/// The input side every corpus command shares: the PATH argument, its expansion into files (a path that yields
/// none fails the command, saying why), reading on every core with progress, and the one-line summary.
/// </summary>
internal sealed class CorpusRun
{
    private readonly Stopwatch _clock;

    private CorpusRun(List<ExtractedFile> files, Stopwatch clock, bool quiet)
    {
        Files = files;
        _clock = clock;
        Quiet = quiet;
        Errors = files.Sum(f => f.Errors);
        Warnings = files.Sum(f => f.Warnings);
        Articles = files.Count(f => f.Result.Article is not null);
    }

    public List<ExtractedFile> Files { get; }

    public bool Quiet { get; }

    public int Errors { get; }

    public int Warnings { get; }

    public int Articles { get; }

    /// <summary>1 when some file has an error (its article is left out), else 0.</summary>
    public int ExitCode => Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Ok;

    /// <summary>The PATH argument of a corpus command.</summary>
    public static Argument<string[]> PathsArgument()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "A .txt file, or a folder standing for its .txt files (sorted by name; .TXT counts too).",
        };

        // The parser takes any word as a path; one that starts with '-' and names nothing is a mistyped option.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-') && !File.Exists(v) && !Directory.Exists(v)))
            {
                var command = ((System.CommandLine.Parsing.CommandResult)result.Parent!).Command;
                var root = command.Parents.OfType<Command>().FirstOrDefault() ?? command;
                result.AddError($"Unrecognized option '{token}'.{Suggestions.DidYouMean(Suggestions.Closest(token, Suggestions.OptionNames(command, root)))}");
            }
        });
        return paths;
    }

    /// <summary>Reads the files the paths name; null (and the reason said on stderr) when a path yields no file.</summary>
    public static CorpusRun? Read(ParseResult parse, Argument<string[]> paths, CommandContext context)
    {
        var quiet = NewsDataCommandLine.IsQuiet(parse);
        var (files, problems) = ArticleFiles.Expand(parse.GetValue(paths) ?? []);
        if (problems.Count > 0)
        {
            problems.ForEach(problem => context.Fail(problem));
            return null;
        }

        using var progress = Progress.Start(context, "reading", files.Count, quiet);
        var read = CorpusReader.Read(files, progress);
        return new CorpusRun(read, progress.Elapsed, quiet);
    }

    /// <summary>"2 files, 2 articles, 0 errors, 1 warning (0.4 s)": the time from the first read to now.</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Count(Files.Count, "file")}, {Count(Articles, "article")}, {Count(Errors, "error")}, {Count(Warnings, "warning")} ({_clock.Elapsed.TotalSeconds:0.0} s)");

    /// <summary>The summary line on stderr, unless <c>--quiet</c>.</summary>
    public void TellSummary(CommandContext context, string done)
    {
        if (!Quiet)
        {
            context.Tell(DiagnosticText.Escape($"newsdata: {done}: {Summary()}."));
        }
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
