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

    /// <summary>
    /// Runs a command with the given streams; returns the exit code: 0 ok, 1 errors found, 2 bad usage or
    /// output that could not be written (a closed or full stdout is one line on stderr, not a stack trace).
    /// </summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> openOutput)
    {
        try
        {
            return RunCommand(args, output, error, openOutput);
        }
        catch (OutputException exception)
        {
            return Fail(error, $"newsdata: cannot write the output: {exception.InnerException!.GetBaseException().Message}");
        }
    }

    private static int RunCommand(string[] args, TextWriter output, TextWriter error, Func<Stream> openOutput)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            if (args.Length == 0)
            {
                return Fail(error, Usage);
            }

            Write(() => output.WriteLine(Usage));
            return 0;
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
                    return Fail(error, "newsdata: --format takes 'json', the only format there is.");
                }

                i++;
            }
            else if (args[i] is "-o" or "--output" && command == "report")
            {
                if (i + 1 >= args.Length)
                {
                    return Fail(error, "newsdata: -o takes the file to write the report to.");
                }

                outputFile = args[++i];
            }
            else if (args[i].StartsWith("-", StringComparison.Ordinal))
            {
                return Fail(error, $"newsdata: unknown option '{DiagnosticText.Escape(args[i])}'.\n\n{Usage}");
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (command is not ("extract" or "check" or "report") || paths.Count == 0)
        {
            return Fail(error, Usage);
        }

        List<string> files;
        try
        {
            files = ArticleFiles.Expand(paths);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(error, $"newsdata: {DiagnosticText.Escape(exception.Message)}");
        }

        // Each file is read by the build's rules; one that cannot be read is a diagnostic on it, not the end of the run.
        var results = files.Select(path => ArticleFileReader.Read(path)).Select(file => (file.Path, file.Text, Result: file.Extract())).ToList();
        if (command == "extract")
        {
            Write(() =>
            {
                output.Flush();
                using var stream = openOutput();
                ArticleJson.Write(stream, results.Select(r => r.Result).ToList());
                stream.WriteByte((byte)'\n');
            });
            return 0;
        }

        if (command == "report")
        {
            return Report(results, outputFile, output, error, openOutput);
        }

        return Check(results, output);
    }

    private static int Report(List<(string Path, string Text, ExtractionResult Result)> results, string? outputFile, TextWriter output, TextWriter error, Func<Stream> openOutput)
    {
        var inputs = results.Select(r => new HtmlReport.Input(r.Path, r.Text, r.Result)).ToList();
        if (outputFile is null)
        {
            // Buffered, not through Console.Out, which flushes on every write.
            Write(() =>
            {
                output.Flush();
                using var stream = openOutput();
                using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16);
                HtmlReport.Write(writer, inputs);
            });
            return 0;
        }

        try
        {
            using var file = new StreamWriter(outputFile, append: false, Utf8, bufferSize: 1 << 16);
            HtmlReport.Write(file, inputs);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(error, $"newsdata: cannot write '{DiagnosticText.Escape(outputFile)}': {exception.Message}");
        }

        Write(() => output.WriteLine($"newsdata: wrote {DiagnosticText.Escape(outputFile)} ({inputs.Count} file(s))."));
        return 0;
    }

    private static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static int Check(List<(string Path, string Text, ExtractionResult Result)> results, TextWriter output)
    {
        int errors = 0, warnings = 0;
        Write(() =>
        {
            foreach (var (path, text, result) in results)
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    var position = TextPosition.Of(text, diagnostic.Span.Start);
                    var severity = diagnostic.Severity.ToString().ToLowerInvariant();
                    // File names and page text are hostile input: nothing in them may drive the terminal.
                    output.WriteLine(DiagnosticText.Escape($"{path}({position.Line + 1},{position.Column + 1}): {severity} {diagnostic.Id}: {diagnostic.Message}"));
                    errors += diagnostic.Severity == ExtractionSeverity.Error ? 1 : 0;
                    warnings += diagnostic.Severity == ExtractionSeverity.Warning ? 1 : 0;
                }
            }

            output.WriteLine($"{results.Count} file(s) checked: {errors} error(s), {warnings} warning(s).");
        });
        return errors > 0 ? 1 : 0;
    }

    /// <summary>Runs a write to the command's output; a failure to write (closed or full stdout) ends the command.</summary>
    private static void Write(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(exception);
        }
    }

    /// <summary>Writes the message to stderr if it can (it may be closed too) and returns the exit code 2.</summary>
    private static int Fail(TextWriter error, string message)
    {
        try
        {
            error.WriteLine(message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nowhere left to say it; the exit code still does.
        }

        return 2;
    }

    /// <summary>The command's output could not be written.</summary>
    private sealed class OutputException(Exception inner) : Exception(inner.Message, inner);
}
