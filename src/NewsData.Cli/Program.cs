using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;

namespace NewsData.Cli;

/// <summary>The <c>newsdata</c> tool: see how scraped news pages parse (commands in <c>Commands/</c>).</summary>
public static class Program
{
    public static int Main(string[] args) =>
        Run(args, Console.Out, Console.Error, Console.OpenStandardOutput, errorIsTerminal: !Console.IsErrorRedirected);

    /// <summary>
    /// Runs a command line with the given streams and returns the exit code (<see cref="ExitCodes"/>): 0 ok,
    /// 1 errors found, 2 bad usage or output that could not be written (a closed or full stdout is one line
    /// on stderr, not a stack trace).
    /// </summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> openOutput, bool errorIsTerminal = false)
    {
        var context = new CommandContext(output, error, openOutput, errorIsTerminal);
        var parse = NewsDataCommandLine.Create(context).Parse(args);
        try
        {
            if (parse.Action is ParseErrorAction parseError)
            {
                return BadUsage(parse, parseError, context, args.Length == 0);
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OutputException exception)
        {
            context.Tell($"newsdata: cannot write the output: {exception.InnerException!.GetBaseException().Message}");
            return ExitCodes.BadUsage;
        }
    }

    /// <summary>
    /// All on stderr: what is wrong, the command or option that comes closest to a mistyped word, then where
    /// help is (the whole help when nothing was given at all).
    /// </summary>
    private static int BadUsage(ParseResult parse, ParseErrorAction action, CommandContext context, bool nothingGiven)
    {
        action.ShowHelp = nothingGiven;
        action.ShowTypoCorrections = false;
        parse.Invoke(new InvocationConfiguration { Output = context.Error, Error = context.Error });
        if (!nothingGiven)
        {
            if (Suggestions.For(parse) is { Count: > 0 } suggestions)
            {
                context.Tell(Suggestions.DidYouMean(suggestions).Trim());
            }

            var command = parse.CommandResult.Command;
            var name = command is RootCommand ? NewsDataCommandLine.ToolName : $"{NewsDataCommandLine.ToolName} {command.Name}";
            context.Tell($"Run '{name} --help' for usage and examples.");
        }

        return ExitCodes.BadUsage;
    }
}
