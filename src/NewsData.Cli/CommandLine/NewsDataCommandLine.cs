using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Reflection;

namespace NewsData.Cli;

/// <summary>
/// The <c>newsdata</c> command line on System.CommandLine: every <see cref="NewsDataCommand"/> in the assembly,
/// <c>--help</c> with examples and exit codes, <c>--version</c>, <c>--quiet</c> for every command, response files
/// (<c>@args.rsp</c>), suggestions for a mistyped command and completions through the <c>[suggest]</c> directive.
/// </summary>
internal static class NewsDataCommandLine
{
    public const string ToolName = "newsdata";

    /// <summary>Turns off progress and the summary line; kept on the root so every command takes it.</summary>
    public static readonly string QuietName = "--quiet";

    public static RootCommand Create(CommandContext context)
    {
        var root = new RootCommand("newsdata: see how scraped news pages parse before they go into a build.")
        {
            HelpName = ToolName,
        };
        root.Options.Add(new Option<bool>(QuietName, "-q") { Description = "No progress and no summary line on stderr.", Recursive = true });

        var commands = new Dictionary<Command, NewsDataCommand>();
        foreach (var definition in Definitions())
        {
            var command = definition.Create(context);
            commands[command] = definition;
            root.Subcommands.Add(command);
        }

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, commands);
        root.Options.OfType<VersionOption>().Single().Action = new ToolVersion();
        return root;
    }

    public static bool IsQuiet(ParseResult parse) => parse.GetValue<bool>(QuietName);

    /// <summary>Every command defined in this assembly, by name (help lists them in this order).</summary>
    private static IEnumerable<NewsDataCommand> Definitions() =>
        typeof(NewsDataCommand).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(NewsDataCommand)) && !type.IsAbstract)
            .Select(type => (NewsDataCommand)Activator.CreateInstance(type)!)
            .OrderBy(command => command.Name, StringComparer.Ordinal);

    /// <summary>This tool's version (System.CommandLine's own reads the entry assembly, which is not always this one).</summary>
    private sealed class ToolVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parse)
        {
            var assembly = typeof(ToolVersion).Assembly;
            parse.InvocationConfiguration.Output.WriteLine(
                assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString());
            return ExitCodes.Ok;
        }
    }

    /// <summary>The standard help, then the command's examples (the root's: one per command) and the exit codes.</summary>
    private sealed class HelpWithExamples(HelpAction standard, IReadOnlyDictionary<Command, NewsDataCommand> commands) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parse)
        {
            standard.Invoke(parse);
            var output = parse.InvocationConfiguration.Output;
            var examples = commands.TryGetValue(parse.CommandResult.Command, out var command)
                ? command.Examples
                : commands.Values.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Examples[0]).ToList();
            output.WriteLine("Examples:");
            var width = examples.Max(e => e.CommandLine.Length);
            foreach (var example in examples)
            {
                output.WriteLine($"  {example.CommandLine.PadRight(width)}  {example.What}");
            }

            output.WriteLine();
            output.WriteLine(ExitCodes.Help);
            return ExitCodes.Ok;
        }
    }
}
