using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;

namespace NewsData.Cli;

/// <summary><c>newsdata report</c>: the corpus as one self-contained HTML page.</summary>
internal sealed class ReportCommand : NewsDataCommand
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly Argument<string[]> _paths = CorpusRun.PathsArgument();
    private readonly Option<string> _corrections = CorpusRun.CorrectionsOption();
    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The HTML file to write (default: stdout).",
        HelpName = "FILE",
    };

    public override string Name => "report";

    public override string Description => "Write the corpus as one self-contained HTML page: overview, articles with quotes and names marked, diagnostics, who said what.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("newsdata report news/ -o report.html", "the report of every .txt file in news/, opened offline in any browser"),
        new("newsdata report @corpus.rsp -o report.html", "the paths listed in corpus.rsp, one per line (a response file)"),
    ];

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_paths);
        command.Options.Add(_corrections);
        command.Options.Add(_output);
    }

    protected override int Run(ParseResult parse, CommandContext context)
    {
        if (CorpusRun.Read(parse, _paths, context, _corrections) is not { } run)
        {
            return ExitCodes.BadUsage;
        }

        var file = parse.GetValue(_output);
        if (file is null)
        {
            // Buffered, not through Console.Out, which flushes on every write.
            context.WriteStream(stream =>
            {
                using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16);
                HtmlReport.Write(writer, run.Files);
            });
            run.TellSummary(context, "wrote the report");
            return run.ExitCode;
        }

        try
        {
            using var writer = new StreamWriter(file, append: false, Utf8, bufferSize: 1 << 16);
            HtmlReport.Write(writer, run.Files);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return context.Fail($"cannot write '{file}': {exception.Message}");
        }

        run.TellSummary(context, "wrote " + file);
        return run.ExitCode;
    }
}
