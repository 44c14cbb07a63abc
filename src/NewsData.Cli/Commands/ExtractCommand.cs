using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace NewsData.Cli;

/// <summary><c>newsdata extract</c>: the extracted articles as JSON (docs/json-contract.md) on stdout.</summary>
internal sealed class ExtractCommand : NewsDataCommand
{
    private readonly Argument<string[]> _paths = CorpusRun.PathsArgument();
    private readonly Option<string> _corrections = CorpusRun.CorrectionsOption();
    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "The output format: json, the only one (see docs/json-contract.md).",
        DefaultValueFactory = _ => "json",
        HelpName = "json",
    };

    public override string Name => "extract";

    public override string Description => "Write what extraction makes of each file as JSON on stdout: one object per file, in the order given.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("newsdata extract news/ > corpus.json", "every .txt file in news/ as one JSON array"),
        new("newsdata extract page.txt | jq '.[0].quotes'", "one page's quotes"),
    ];

    protected override void Configure(Command command)
    {
        _format.AcceptOnlyFromAmong("json");
        command.Arguments.Add(_paths);
        command.Options.Add(_corrections);
        command.Options.Add(_format);
    }

    protected override int Run(ParseResult parse, CommandContext context)
    {
        if (CorpusRun.Read(parse, _paths, context, _corrections) is not { } run)
        {
            return ExitCodes.BadUsage;
        }

        context.WriteStream(stream =>
        {
            ArticleJson.Write(stream, run.Files.Select(file => file.Result).ToList());
            stream.WriteByte((byte)'\n');
        });
        run.TellSummary(context, "extracted");
        return run.ExitCode;
    }
}
