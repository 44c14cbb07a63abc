using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using NewsData.Extraction;
using NewsData.Extraction.Corrections;

namespace NewsData.Cli;

/// <summary>
/// <c>newsdata correct NAME.txt</c>: a starting <c>NAME.corrections.json</c> beside the article, filled with what
/// extraction makes of it today, so an author edits values instead of learning the schema by heart.
/// </summary>
internal sealed class CorrectCommand : NewsDataCommand
{
    private readonly Argument<string> _path = new("FILE") { Description = "The article (.txt) to write a corrections file for." };
    private readonly Option<bool> _stdout = new("--stdout") { Description = "Print the corrections file instead of writing it." };
    private readonly Option<bool> _force = new("--force") { Description = "Overwrite the article's corrections file when it already exists." };

    public override string Name => "correct";

    public override string Description =>
        "Write a starting NAME.corrections.json beside NAME.txt with today's extracted fields and quotes: edit the values that are wrong, "
        + "delete the rest, rebuild (see docs/corrections.md).";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("newsdata correct news/page.txt", "write news/page.corrections.json (never over an existing one)"),
        new("newsdata correct news/page.txt --stdout", "print it instead"),
    ];

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_path);
        command.Options.Add(_stdout);
        command.Options.Add(_force);
    }

    protected override int Run(ParseResult parse, CommandContext context)
    {
        var path = parse.GetValue(_path)!;
        if (!File.Exists(path))
        {
            return context.Fail($"'{path}' is not a file");
        }

        // Today's extraction, without the corrections it may already have: the template shows what to correct.
        var file = ArticleFileReader.Read(path);
        var result = file.Extract();
        if (result.Article is not { } article)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                context.Tell(DiagnosticText.Escape(DiagnosticPlace.Line(DiagnosticPlace.Of(path, file.Text, diagnostic), diagnostic)));
            }

            return context.Fail($"'{path}' gives no article, so there is nothing to correct");
        }

        if (parse.GetValue(_stdout))
        {
            context.WriteStream(stream => CorrectionsJson.Write(stream, article));
            return ExitCodes.Ok;
        }

        var target = CorrectionsFile.SidecarPath(path);
        if (File.Exists(target) && !parse.GetValue(_force))
        {
            return context.Fail($"'{target}' already exists; edit it, or give --force to start it again");
        }

        try
        {
            using var stream = new FileStream(target, FileMode.Create, FileAccess.Write);
            CorrectionsJson.Write(stream, article);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return context.Fail($"cannot write '{target}': {exception.Message}");
        }

        if (!NewsDataCommandLine.IsQuiet(parse))
        {
            context.Tell(DiagnosticText.Escape($"newsdata: wrote {target}: edit what is wrong, delete what is right, rebuild."));
        }

        return ExitCodes.Ok;
    }
}
