using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary>The <c>newsdata</c> command: extract and check scraped news pages.</summary>
public static class Program
{
    private const string Usage = """
        newsdata: see how scraped news pages parse.

        Usage:
          newsdata extract PATH... [--format json]   Write the extracted articles as JSON to stdout.
          newsdata check PATH...                     Print diagnostics like a compiler; exit 1 on errors.
          newsdata report PATH... [-o FILE]          Write the corpus as one self-contained HTML page
                                                     (to FILE, or to stdout).

        PATH is a file, or a folder standing for its *.txt files (sorted by name).
        """;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Console.OpenStandardOutput);

    /// <summary>Runs a command with the given streams; returns the exit code (0 ok, 1 errors found, 2 bad usage).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> openOutput)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? error : output).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var command = args[0];
        var paths = new List<string>();
        string? outputFile = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--format")
            {
                if (i + 1 >= args.Length || args[i + 1] != "json")
                {
                    error.WriteLine("newsdata: --format takes 'json', the only format there is.");
                    return 2;
                }

                i++;
            }
            else if (args[i] is "-o" or "--output" && command == "report")
            {
                if (i + 1 >= args.Length)
                {
                    error.WriteLine("newsdata: -o takes the file to write the report to.");
                    return 2;
                }

                outputFile = args[++i];
            }
            else if (args[i].StartsWith("-", StringComparison.Ordinal))
            {
                error.WriteLine($"newsdata: unknown option '{args[i]}'.\n\n{Usage}");
                return 2;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (command is not ("extract" or "check" or "report") || paths.Count == 0)
        {
            error.WriteLine(Usage);
            return 2;
        }

        List<(string Path, string Text, ExtractionResult Result)> results;
        try
        {
            results = ArticleFiles.Expand(paths).Select(path => Extract(path)).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"newsdata: {exception.Message}");
            return 2;
        }

        if (command == "extract")
        {
            output.Flush();
            using var stream = openOutput();
            ArticleJson.Write(stream, results.Select(r => r.Result).ToList());
            stream.WriteByte((byte)'\n');
            return 0;
        }

        if (command == "report")
        {
            return Report(results, outputFile, output, error);
        }

        return Check(results, output);
    }

    private static int Report(List<(string Path, string Text, ExtractionResult Result)> results, string? outputFile, TextWriter output, TextWriter error)
    {
        var inputs = results.Select(r => new HtmlReport.Input(r.Path, r.Text, r.Result)).ToList();
        if (outputFile is null)
        {
            HtmlReport.Write(output, inputs);
            return 0;
        }

        try
        {
            using var file = new StreamWriter(outputFile, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            HtmlReport.Write(file, inputs);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"newsdata: cannot write '{outputFile}': {exception.Message}");
            return 2;
        }

        output.WriteLine($"newsdata: wrote {outputFile} ({inputs.Count} file(s)).");
        return 0;
    }

    private static (string Path, string Text, ExtractionResult Result) Extract(string path)
    {
        var text = SourceDecoder.Decode(File.ReadAllBytes(path));
        return (path, text, ArticleExtractor.Extract(path, text));
    }

    private static int Check(List<(string Path, string Text, ExtractionResult Result)> results, TextWriter output)
    {
        int errors = 0, warnings = 0;
        foreach (var (path, text, result) in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                var position = TextPosition.Of(text, diagnostic.Span.Start);
                var severity = diagnostic.Severity.ToString().ToLowerInvariant();
                output.WriteLine($"{path}({position.Line + 1},{position.Column + 1}): {severity} {diagnostic.Id}: {diagnostic.Message}");
                errors += diagnostic.Severity == ExtractionSeverity.Error ? 1 : 0;
                warnings += diagnostic.Severity == ExtractionSeverity.Warning ? 1 : 0;
            }
        }

        output.WriteLine($"{results.Count} file(s) checked: {errors} error(s), {warnings} warning(s).");
        return errors > 0 ? 1 : 0;
    }
}
