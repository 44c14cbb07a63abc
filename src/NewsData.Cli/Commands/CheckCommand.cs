using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary><c>newsdata check</c>: every file's diagnostics, as the build reports them, one line each.</summary>
internal sealed class CheckCommand : NewsDataCommand
{
    private readonly Argument<string[]> _paths = CorpusRun.PathsArgument();
    private readonly Option<string> _corrections = CorpusRun.CorrectionsOption();

    public override string Name => "check";

    public override string Description => "Print every file's diagnostics like a compiler (path(line,column): severity id: message), the same the build reports.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("newsdata check news/", "diagnose every .txt file in news/; exit 1 if any has an error"),
        new("newsdata check -q news/ a.txt", "a folder and a file, diagnostics only (no summary line)"),
        new("newsdata check --corrections corpus.corrections.json news/", "with a project-wide corrections file; stale corrections are NEWS015 warnings located in it"),
    ];

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_paths);
        command.Options.Add(_corrections);
    }

    protected override int Run(ParseResult parse, CommandContext context)
    {
        if (CorpusRun.Read(parse, _paths, context, _corrections) is not { } run)
        {
            return ExitCodes.BadUsage;
        }

        context.Write(output =>
        {
            foreach (var file in run.Files)
            {
                foreach (var diagnostic in file.Result.Diagnostics)
                {
                    // File names and page text are hostile input: nothing in them may drive the terminal.
                    output.WriteLine(DiagnosticText.Escape(DiagnosticPlace.Line(DiagnosticPlace.Of(file.Path, file.Text, diagnostic), diagnostic)));
                }
            }

            // The project-wide corrections file's own, as the build reports them once for the project.
            foreach (var diagnostic in run.ProjectDiagnostics)
            {
                output.WriteLine(DiagnosticText.Escape(DiagnosticPlace.ProjectLine(diagnostic)));
            }

            if (!run.Quiet)
            {
                // The check's result, on stdout with the diagnostics (scripts and CI read it there).
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.Files.Count} file(s) checked: {run.Errors} error(s), {run.Warnings} warning(s)."));
            }
        });
        return run.ExitCode;
    }
}
