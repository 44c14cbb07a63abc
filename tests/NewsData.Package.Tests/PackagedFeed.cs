using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NewsData.Package.Tests;

/// <summary>
/// The packages, packed from source once per test run into a temporary feed, and a place for consumer
/// projects that restore from it with their own NuGet configuration and packages folder. Every test class
/// that takes it as a fixture shares the one packing, so the classes can build their consumers in parallel.
/// </summary>
public sealed class PackagedFeed : IDisposable
{
    private static readonly Lazy<PackagedFeed> Packed = new(() => new PackagedFeed(pack: true), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The run's one packed feed (packing on first use); xunit makes one of these per test class or collection.</summary>
    public PackagedFeed()
        : this(pack: false)
    {
    }

    private PackagedFeed(bool pack)
    {
        if (!pack)
        {
            var packed = Packed.Value;
            (RepositoryRoot, Root, Feed, Packages, Version, CompilerServer, _serverProgram) = (packed.RepositoryRoot, packed.Root, packed.Feed, packed.Packages, packed.Version, packed.CompilerServer, packed._serverProgram);
            return;
        }

        RepositoryRoot = NewsData.Tests.Shared.RepositoryFiles.Root;
        Root = Path.Combine(Path.GetTempPath(), "newsdata-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props")).Descendants("Version").First().Value;
        CompilerServer = "newsdata-tests-" + Path.GetFileName(Root)["newsdata-e2e-".Length..];
        _serverProgram = ServerProgram(Root);

        // The fixtures end one by one while others still build; the server and the folder go when the test run does.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            ShutDown(CompilerServer);
            Delete(Root);
        };
        DotNet.Run(RepositoryRoot, NoLingeringBuildNodes, ["pack", "src/NewsData.Generators/NewsData.Generators.csproj", "-c", "Release", "-o", Feed, .. OnServer(CompilerServer)])
            .ShouldSucceed("dotnet pack NewsData.Generators");
        DotNet.Run(RepositoryRoot, NoLingeringBuildNodes, ["pack", "src/NewsData.Cli/NewsData.Cli.csproj", "-c", "Release", "-o", Feed, .. OnServer(CompilerServer)])
            .ShouldSucceed("dotnet pack NewsData.Cli");

        WriteNuGetConfig();
    }

    public string RepositoryRoot { get; }

    /// <summary>Everything this run writes: the feed, the packages folder, the consumer projects.</summary>
    public string Root { get; }

    public string Feed { get; }

    /// <summary>The consumers' own global packages folder, so nothing comes from an earlier restore of the package.</summary>
    public string Packages { get; }

    public string Version { get; }

    /// <summary>
    /// The run's own compiler server (its pipe name): the builds keep one compiler warm, as on a developer's machine,
    /// instead of starting a cold one per project, and no other build on the machine shares it, so stopping it at
    /// the end of the run stops nothing of anyone else's.
    /// </summary>
    public string CompilerServer { get; }

    private readonly string? _serverProgram;

    public string PackagePath => Path.Combine(Feed, $"NewsData.Generators.{Version}.nupkg");

    public string SymbolsPackagePath => Path.Combine(Feed, $"NewsData.Generators.{Version}.snupkg");

    /// <summary>The version the repository's central package management pins for <paramref name="id"/>.</summary>
    public string PinnedVersion(string id) =>
        XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == id).Attribute("Version")!.Value;

    /// <summary>A new project folder with these files (path relative to the folder → content).</summary>
    public string CreateProject(string name, IReadOnlyDictionary<string, string> files)
    {
        var directory = Path.Combine(Root, name);
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return directory;
    }

    /// <summary>dotnet in <paramref name="directory"/>; commands that build compile on the run's <see cref="CompilerServer"/>.</summary>
    public DotNet.Result Run(string directory, params string[] args) =>
        DotNet.Run(directory, ConsumerEnvironment, args[0] == "tool" ? args : [.. args, .. OnServer(CompilerServer)]);

    /// <summary>
    /// dotnet in <paramref name="directory"/> on a compiler server of the calling test's own, so that its builds share
    /// one generator driver and nothing else; <see cref="ShutDownCompilerServer"/> stops it afterwards.
    /// </summary>
    public DotNet.Result RunOnCompilerServer(string directory, params string[] args) =>
        DotNet.Run(directory, ConsumerEnvironment, [.. args, .. OnServer(OwnCompilerServer)]);

    public void ShutDownCompilerServer() => ShutDown(OwnCompilerServer);

    private string OwnCompilerServer => CompilerServer + "-own";

    // Consumers restore into their own packages folder (see Packages).
    private Dictionary<string, string> ConsumerEnvironment => new(NoLingeringBuildNodes) { ["NUGET_PACKAGES"] = Packages };

    // MSBuild's worker nodes and server end with the command that started them (they would outlive the test).
    private static Dictionary<string, string> NoLingeringBuildNodes => new() { ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1" };

    private static string[] OnServer(string pipe) => ["-p:UseSharedCompilation=true", "-p:SharedCompilationId=" + pipe];

    // Asks the server on that pipe to stop (the SDK's VBCSCompiler, as `dotnet build-server shutdown` does for the
    // default pipe). Best effort: a server left behind stops by itself when idle.
    private void ShutDown(string pipe)
    {
        if (_serverProgram is not null)
        {
            DotNet.Run(Root, null, "exec", _serverProgram, "-shutdown", "-pipename:" + pipe);
        }
    }

    // The compiler server of the SDK that builds in this folder, or null if it cannot be found.
    private static string? ServerProgram(string folder)
    {
        var version = DotNet.Run(folder, null, "--version").Output.Trim();
        var sdk = DotNet.Run(folder, null, "--list-sdks").Output.Split('\n')
            .Select(line => Regex.Match(line.Trim(), @"^(?<version>\S+) \[(?<path>.*)\]$")).FirstOrDefault(m => m.Success && m.Groups["version"].Value == version);
        var server = sdk is null ? null : Path.Combine(sdk.Groups["path"].Value, version, "Roslyn", "bincore", "VBCSCompiler.dll");
        return server is not null && File.Exists(server) ? server : null;
    }

    /// <summary>Nothing: the shared folder is deleted at the end of the run (other test classes may still use it).</summary>
    public void Dispose()
    {
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run for.
        }
    }

    // Our packages come only from the feed (source mapping); everything else from the packages the
    // repository's own restore already fetched, then the configured registry for anything missing.
    private void WriteNuGetConfig()
    {
        var cache = DotNet.Run(Root, null, "nuget", "locals", "global-packages", "--list").Output;
        var match = Regex.Match(cache, @"global-packages:\s*(\S.*?)\s*$", RegexOptions.Multiline);
        var upstream = new List<(string Key, string Value)> { ("local", Feed) };
        if (match.Success && Directory.Exists(match.Groups[1].Value))
        {
            upstream.Add(("restored", match.Groups[1].Value));
        }

        upstream.Add(("nuget.org", "https://api.nuget.org/v3/index.json"));
        var config = new XDocument(
            new XElement("configuration",
                new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", Packages))),
                new XElement("packageSources", new XElement("clear"), upstream.Select(s => new XElement("add", new XAttribute("key", s.Key), new XAttribute("value", s.Value)))),
                new XElement("packageSourceMapping",
                    new XElement("packageSource", new XAttribute("key", "local"), new XElement("package", new XAttribute("pattern", "NewsData.*"))),
                    upstream.Skip(1).Select(s => new XElement("packageSource", new XAttribute("key", s.Key), new XElement("package", new XAttribute("pattern", "*")))))));
        config.Save(Path.Combine(Root, "nuget.config"));
    }
}

/// <summary>Test classes in this collection run one after another; a class of its own (IClassFixture) runs beside the others.</summary>
[CollectionDefinition(Name)]
public sealed class PackagedFeedCollection : ICollectionFixture<PackagedFeed>
{
    public const string Name = "packaged feed";
}
