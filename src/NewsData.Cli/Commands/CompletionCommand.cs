using System.Collections.Generic;
using System.CommandLine;

namespace NewsData.Cli;

/// <summary>
/// <c>newsdata completion bash</c>: a shell function that completes commands and options with Tab. It asks
/// newsdata itself through System.CommandLine's <c>[suggest:POSITION]</c> directive, so completions always match
/// the installed version. (Other shells: System.CommandLine's dotnet-suggest tool, see README.)
/// </summary>
internal sealed class CompletionCommand : NewsDataCommand
{
    public const string Bash = """
        # newsdata tab completion for bash: eval "$(newsdata completion bash)" in ~/.bashrc
        _newsdata_complete() {
          local IFS=$'\n'
          COMPREPLY=($(newsdata "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
        }
        complete -o default -o bashdefault -F _newsdata_complete newsdata
        """;

    private readonly Argument<string> _shell = new("SHELL") { Description = "The shell: bash." };

    public override string Name => "completion";

    public override string Description => "Print the script that gives newsdata tab completion in a shell.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("newsdata completion bash >> ~/.bashrc", "Tab completes newsdata's commands and options in every new bash"),
    ];

    protected override void Configure(Command command)
    {
        _shell.AcceptOnlyFromAmong("bash");
        command.Arguments.Add(_shell);
    }

    protected override int Run(ParseResult parse, CommandContext context)
    {
        context.Write(output => output.WriteLine(Bash));
        return ExitCodes.Ok;
    }
}
