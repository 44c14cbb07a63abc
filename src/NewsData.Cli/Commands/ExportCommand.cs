using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using NewsData.Cli.Export;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary>
/// <c>newsdata export</c>: the corpus as seven normalised tables (docs/export-schema.md) in Parquet or JSON Lines,
/// for DuckDB, Spark, pandas and the like. Streams: memory holds one batch of files, not the corpus.
/// </summary>
internal sealed class ExportCommand : NewsDataCommand
{
    private readonly Argument<string[]> _paths = CorpusRun.PathsArgument();
    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "parquet (one .parquet file per table, the default) or jsonl (one .jsonl file per table, the same fields).",
        DefaultValueFactory = _ => "parquet",
        HelpName = "parquet|jsonl",
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The folder to write the tables into (created if missing; the tables in it are replaced when the export is complete).",
        Required = true,
        HelpName = "OUT",
    };

    private readonly Option<int> _batch = new("--batch-size")
    {
        Description = "Files read and extracted at a time, on every core: what memory holds of their text.",
        DefaultValueFactory = _ => CorpusExporter.DefaultBatchSize,
        HelpName = "FILES",
    };

    private readonly Option<int> _rowGroup = new("--row-group-size")
    {
        Description = "Rows per Parquet row group in every table: what an engine reads at once, and what memory holds per table.",
        DefaultValueFactory = _ => CorpusExporter.DefaultRowGroupSize,
        HelpName = "ROWS",
    };

    private readonly Option<bool> _full = new("--full")
    {
        Description = "Extract every file again, even those whose text is unchanged since the last export into OUT.",
    };

    private readonly Option<string> _corrections = CorpusRun.CorrectionsOption();

    public override string Name => "export";

    public override string Description => "Write the corpus as tables (articles, paragraphs, quotes, entities, mentions, images, diagnostics) in Parquet or JSON Lines, with the generator's ids.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("newsdata export news/ -o corpus/", "every .txt file in news/ as Parquet tables in corpus/"),
        new("newsdata export news/ --format jsonl -o corpus-jsonl/", "the same tables as JSON Lines"),
        new("newsdata export news/ -o corpus/ --full", "extract every file again (by default unchanged files are taken from the last export)"),
        new("duckdb -c \"SELECT publisher, count(*) FROM 'corpus/articles.parquet' GROUP BY ALL\"", "then query them"),
    ];

    protected override void Configure(Command command)
    {
        _format.AcceptOnlyFromAmong("parquet", "jsonl");
        foreach (var count in new[] { _batch, _rowGroup })
        {
            count.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{count.Name} must be at least 1.");
                }
            });
        }

        command.Arguments.Add(_paths);
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_batch);
        command.Options.Add(_rowGroup);
        command.Options.Add(_full);
        command.Options.Add(_corrections);
    }

    protected override int Run(ParseResult parse, CommandContext context)
    {
        var (files, problems) = ArticleFiles.Expand(parse.GetValue(_paths) ?? []);
        if (problems.Count > 0)
        {
            problems.ForEach(problem => context.Fail(problem));
            return ExitCodes.BadUsage;
        }

        if (!CorpusRun.TryReadProjectCorrections(parse, _corrections, context, out var project))
        {
            return ExitCodes.BadUsage;
        }

        foreach (var diagnostic in project?.Diagnostics ?? [])
        {
            // The project-wide file's own (a malformed element), said as `check` says them; its valid corrections still apply.
            context.Tell(DiagnosticText.Escape(DiagnosticPlace.ProjectLine(diagnostic)));
        }

        var quiet = NewsDataCommandLine.IsQuiet(parse);
        var format = parse.GetValue(_format) == "jsonl" ? ExportFormat.Jsonl : ExportFormat.Parquet;
        var folder = parse.GetValue(_output)!;
        ExportCounts counts;
        using var progress = Progress.Start(context, "exporting", files.Count, quiet);
        try
        {
            counts = new CorpusExporter(format, folder, parse.GetValue(_batch), parse.GetValue(_rowGroup), incremental: !parse.GetValue(_full), context, project).Export(files, progress);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return context.Fail($"cannot write '{folder}': {exception.Message}");
        }

        progress.Dispose();
        if (!quiet)
        {
            context.Tell(DiagnosticText.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"newsdata: exported to {folder}: {counts.Files} files ({counts.Unchanged} unchanged), {counts.Articles} articles, {counts.Quotes} quotes, {counts.Entities} entities, {counts.FilesWithErrors} files with errors, {counts.Warnings} warnings ({progress.Elapsed.Elapsed.TotalSeconds:0.0} s).")));
        }

        return counts.FilesWithErrors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Ok;
    }
}
