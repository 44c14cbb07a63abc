using System.Collections.Generic;
using System.CommandLine;

namespace NewsData.Cli;

/// <summary>
/// One <c>newsdata</c> command, in a file of its own: its name, help text, examples, arguments and options, and
/// what it does. Every concrete subclass in this assembly is a command; <see cref="NewsDataCommandLine"/> finds
/// them, so adding a command is adding a file (see docs/architecture.md, "Adding a newsdata command").
/// </summary>
internal abstract class NewsDataCommand
{
    /// <summary>The word that runs it: <c>newsdata NAME …</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One or two sentences for <c>--help</c>: what it does and what it writes where.</summary>
    public abstract string Description { get; }

    /// <summary>Command lines shown under "Examples:" in the command's help, each with what it does.</summary>
    public abstract IReadOnlyList<Example> Examples { get; }

    /// <summary>Adds the command's arguments and options.</summary>
    protected abstract void Configure(Command command);

    /// <summary>Runs the command; returns one of <see cref="ExitCodes"/>.</summary>
    protected abstract int Run(ParseResult parse, CommandContext context);

    public Command Create(CommandContext context)
    {
        var command = new Command(Name, Description);
        Configure(command);
        command.SetAction(parse => Run(parse, context));
        return command;
    }
}

/// <summary>A command line for the help's "Examples:" section.</summary>
internal sealed record Example(string CommandLine, string What);
