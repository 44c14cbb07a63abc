using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace NewsData.Package.Tests;

/// <summary>Runs the dotnet CLI as a user would, isolated from the test host's own MSBuild session.</summary>
public static class DotNet
{
    /// <summary>How a run ended: <paramref name="Output"/> is its output and errors together, as a terminal shows them.</summary>
    public sealed record Result(int ExitCode, string Output, string StandardOutput)
    {
        public Result ShouldSucceed(string what)
        {
            Assert.True(ExitCode == 0, $"{what} failed with exit code {ExitCode}:{Environment.NewLine}{Output}");
            return this;
        }
    }

    internal static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunProgram("dotnet", workingDirectory, environment, args);

    /// <summary>Any program (an installed tool, say) run the same way; its output and errors together.</summary>
    internal static Result RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` runs this process inside an MSBuild session; its variables would point the nested
        // builds at the host's SDK state instead of a fresh one.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var standardOutput = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); standardOutput.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} took more than 5 minutes:{Environment.NewLine}{output}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), standardOutput.ToString());
    }

    internal static bool HasRuntime(string majorVersion) =>
        Run(Path.GetTempPath(), null, "--list-runtimes").Output
            .Split('\n')
            .Any(line => line.StartsWith("Microsoft.NETCore.App " + majorVersion + ".", StringComparison.Ordinal));
}
