using System;
using System.IO;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary>
/// Where a command writes, shared by every command: stdout for its result (text, or a stream for JSON and
/// HTML), stderr for messages, progress and the summary. A failure to write stdout (closed or full) ends the
/// command with one line on stderr and exit 2, never a stack trace.
/// </summary>
internal sealed class CommandContext(TextWriter output, TextWriter error, Func<Stream> openOutput, bool errorIsTerminal)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Whether stderr is a terminal: only then is progress drawn on it.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>Runs a write to stdout; a failure to write ends the command (see <see cref="OutputException"/>).</summary>
    public void Write(Action<TextWriter> write)
    {
        try
        {
            write(Output);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(exception);
        }
    }

    /// <summary>Writes to stdout as bytes (JSON, HTML), after whatever text went before.</summary>
    public void WriteStream(Action<Stream> write) => Write(output =>
    {
        output.Flush();
        using var stream = openOutput();
        write(stream);
    });

    /// <summary>A line on stderr, if it can be written (it may be closed too): messages never fail a command.</summary>
    public void Tell(string message)
    {
        try
        {
            Error.WriteLine(message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nowhere left to say it; the exit code still does.
        }
    }

    /// <summary>Says why the command cannot go on and returns <see cref="ExitCodes.BadUsage"/>.</summary>
    public int Fail(string message)
    {
        Tell("newsdata: " + DiagnosticText.Escape(message));
        return ExitCodes.BadUsage;
    }
}

/// <summary>The command's output could not be written.</summary>
internal sealed class OutputException(Exception inner) : Exception(inner.Message, inner);
