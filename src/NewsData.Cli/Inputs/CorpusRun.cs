using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsData.Extraction;
using NewsData.Extraction.Corrections;

namespace NewsData.Cli;

/// <summary>
/// The input side every corpus command shares: the PATH argument, its expansion into files (a path that yields
/// none fails the command, saying why), reading on every core with progress, and the one-line summary.
/// </summary>
internal sealed class CorpusRun
{
    private readonly Stopwatch _clock;

    private CorpusRun(List<ExtractedFile> files, Stopwatch clock, bool quiet, IReadOnlyList<ExtractionDiagnostic> projectDiagnostics)
    {
        Files = files;
        _clock = clock;
        Quiet = quiet;
        ProjectDiagnostics = projectDiagnostics;
        Errors = files.Sum(f => f.Errors) + projectDiagnostics.Count(d => d.Severity == ExtractionSeverity.Error);
        Warnings = files.Sum(f => f.Warnings) + projectDiagnostics.Count(d => d.Severity == ExtractionSeverity.Warning);
        Articles = files.Count(f => f.Result.Article is not null);
    }

    public List<ExtractedFile> Files { get; }

    /// <summary>
    /// What is wrong with the project-wide corrections file, and its corrections no article matched: the build
    /// reports these once for the project, located in that file.
    /// </summary>
    public IReadOnlyList<ExtractionDiagnostic> ProjectDiagnostics { get; }

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

    /// <summary>The --corrections option of a corpus command: the project-wide corrections file.</summary>
    public static Option<string> CorrectionsOption() => new("--corrections")
    {
        Description = "The project-wide corrections file (default: NewsData.corrections.json in the current folder, when there is one). "
            + "Each article's own NAME.corrections.json beside it is always applied (see docs/corrections.md).",
        HelpName = "FILE",
    };

    /// <summary>
    /// The project-wide corrections file the option names (it must exist), else the one in the current folder, else
    /// null; false (and the reason said on stderr) when the named file does not exist.
    /// </summary>
    public static bool TryReadProjectCorrections(ParseResult parse, Option<string>? corrections, CommandContext context, out CorrectionsFile? project)
    {
        var named = corrections is null ? null : parse.GetValue(corrections);
        project = null;
        if (named is not null && !File.Exists(named))
        {
            context.Fail($"the corrections file '{named}' does not exist");
            return false;
        }

        project = CorrectionsReader.ForProject(named);
        return true;
    }

    /// <summary>Reads the files the paths name; null (and the reason said on stderr) when a path yields no file.</summary>
    public static CorpusRun? Read(ParseResult parse, Argument<string[]> paths, CommandContext context, Option<string>? corrections = null)
    {
        var quiet = NewsDataCommandLine.IsQuiet(parse);
        var (files, problems) = ArticleFiles.Expand(parse.GetValue(paths) ?? []);
        if (problems.Count > 0)
        {
            problems.ForEach(problem => context.Fail(problem));
            return null;
        }

        if (!TryReadProjectCorrections(parse, corrections, context, out var project))
        {
            return null;
        }

        using var progress = Progress.Start(context, "reading", files.Count, quiet);
        var read = CorpusReader.Read(files, progress, project);
        var projectDiagnostics = project is null
            ? []
            : project.Diagnostics.Concat(ProjectCorrections.Unmatched(project, read.Select(f => f.Result.MatchedProjectCorrections))).ToList();
        return new CorpusRun(read, progress.Elapsed, quiet, projectDiagnostics);
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
