using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary><c>newsdata check</c>: every file's diagnostics, as the build reports them, one line each.</summary>
internal sealed class CheckCommand : NewsDataCommand
{
    private readonly Argument<string[]> _paths = CorpusRun.PathsArgument();

    public override string Name => "check";

    public override string Description => "Print every file's diagnostics like a compiler (path(line,column): severity id: message), the same the build reports.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("newsdata check news/", "diagnose every .txt file in news/; exit 1 if any has an error"),
        new("newsdata check -q news/ a.txt", "a folder and a file, diagnostics only (no summary line)"),
    ];

    protected override void Configure(Command command) => command.Arguments.Add(_paths);

    protected override int Run(ParseResult parse, CommandContext context)
    {
        if (CorpusRun.Read(parse, _paths, context) is not { } run)
        {
            return ExitCodes.BadUsage;
        }

        context.Write(output =>
        {
            foreach (var file in run.Files)
            {
                foreach (var diagnostic in file.Result.Diagnostics)
                {
                    var position = TextPosition.Of(file.Text, diagnostic.Span.Start);
                    var severity = diagnostic.Severity.ToString().ToLowerInvariant();
                    // File names and page text are hostile input: nothing in them may drive the terminal.
                    output.WriteLine(DiagnosticText.Escape(string.Create(CultureInfo.InvariantCulture, $"{file.Path}({position.Line + 1},{position.Column + 1}): {severity} {diagnostic.Id}: {diagnostic.Message}")));
                }
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
