using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsData.Extraction;

namespace NewsData.Package.Tests;

// Fresh projects that reference the packed package, built and run with the dotnet CLI. Each class is a test
// collection of its own, so xunit builds the classes' consumers side by side (as many at once as there are cores).

/// <summary>A console app, on the newest .NET and on .NET 8, gets the seed corpus by default.</summary>
public class ConsumerTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    [Fact]
    public void A_console_app_gets_the_seed_corpus_by_default()
    {
        var app = feed.CreateProject("console", new Dictionary<string, string>
        {
            ["Console.csproj"] = Consumer.Project("net10.0", "Exe", Consumer.PackageReference(feed)),
            ["Program.cs"] = (Consumer.PrintCorpus + """

                Console.WriteLine($"quoted: {NewsCorpus.QuotesBy(NewsCorpus.People.VladimirPutin).Any()}");
                """).Replace("using NewsData;", "using System.Linq;\nusing NewsData;"),
        });

        var output = feed.Run(app, "run").ShouldSucceed("dotnet run").Output;

        var seeds = Consumer.Titles(Directory.GetFiles(Path.Combine(feed.RepositoryRoot, "seeds"), "*.txt"));
        Assert.Contains($"articles: {seeds.Count}", output);
        Assert.All(seeds, title => Assert.Contains("title: " + title, output));
        Assert.Contains("quoted: True", output);
    }

    [Fact]
    public void A_net8_project_builds_and_runs_where_that_runtime_is_installed()
    {
        var app = feed.CreateProject("net8", new Dictionary<string, string>
        {
            ["Net8.csproj"] = Consumer.Project("net8.0", "Exe", Consumer.PackageReference(feed)),
            ["Program.cs"] = Consumer.PrintCorpus,
        });

        feed.Run(app, "build").ShouldSucceed("dotnet build for net8.0");

        // Building needs only the SDK; running needs the .NET 8 runtime, absent on some machines.
        if (DotNet.HasRuntime("8"))
        {
            var output = feed.Run(app, "run", "--no-build").ShouldSucceed("dotnet run on .NET 8").Output;
            Assert.Contains($"articles: {Directory.GetFiles(Path.Combine(feed.RepositoryRoot, "seeds"), "*.txt").Length}", output);
        }
        else
        {
            Assert.True(File.Exists(Path.Combine(app, "bin", "Debug", "net8.0", "Net8.dll")));
        }
    }
}

/// <summary>A project's own articles: the seeds give way, the resources and the manifest are the targets' own.</summary>
public class OwnArticlesTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    [Fact]
    public void Own_articles_replace_the_seed_corpus_unless_it_is_asked_for()
    {
        // No NewsDataIncludeSeedCorpus: the seeds are the corpus only while a project has no articles of its own.
        var app = feed.CreateProject("own-articles", new Dictionary<string, string>
        {
            ["OwnArticles.csproj"] = Consumer.Project("net10.0", "Exe", Consumer.PackageReference(feed) + """
                <ItemGroup>
                  <NewsArticle Include="news/*.txt" Exclude="news/brief.txt" />
                  <!-- Headline only: NEWS004, an error under TreatWarningsAsErrors unless the item silences it. -->
                  <NewsArticle Include="news/brief.txt" NewsDataSuppress="NEWS004;NEWS005" />
                </ItemGroup>
                """),
            ["Program.cs"] = Consumer.PrintCorpus,
            ["news/harbour.txt"] = Consumer.Article("Harbour reopens after winter storms", "By Ana Lopes - March 3 2023", "The harbour reopened on Friday, the port authority said."),
            ["news/library.txt"] = Consumer.Article("City library extends opening hours", "By Tom Reed - April 12 2023", "Opening hours will be extended from May, officials said."),
            ["news/brief.txt"] = "Council approves new bus routes for the city\n",
        });

        var output = feed.Run(app, "run").ShouldSucceed("dotnet run").Output;

        var titles = Consumer.Titles(Directory.GetFiles(Path.Combine(app, "news"), "*.txt"));
        Assert.Contains("articles: 3", output);
        Assert.All(titles, title => Assert.Contains("title: " + title, output));
        // The targets pass the articles to the compiler as resources themselves (not as EmbeddedResource items):
        // each is embedded once, under the name the generated code reads it by.
        var assembly = Directory.GetFiles(Path.Combine(app, "bin"), "OwnArticles.dll", SearchOption.AllDirectories).Single();
        Assert.Equal(
            new[] { "brief.txt", "harbour.txt", "library.txt" }.Select(name => "NewsData.Article:" + Path.Combine("news", name)),
            Consumer.ResourceNames(assembly).Order(StringComparer.Ordinal));
        // The articles reach the generator through the targets' manifest, not one .globalconfig section each.
        var editorConfig = File.ReadAllText(Directory.GetFiles(Path.Combine(app, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single());
        Assert.DoesNotContain("harbour.txt", editorConfig);
        Assert.Contains("NewsData.articles.tsv", editorConfig);
        // The compiler server may keep the generator's state between builds (see docs/performance.md).
        var features = feed.Run(app, "msbuild", "-t:NewsDataWriteArticleManifest", "-getProperty:Features").ShouldSucceed("reading Features").Output;
        Assert.Contains("enable-generator-cache", features);
        // Both switches in one evaluation (each call is one more MSBuild process): the cache off, and
        // NewsDataIncludeSeedCorpus=true, which keeps the seeds beside the project's own articles.
        var switched = feed.Run(app, "msbuild", "-t:NewsDataWriteArticleManifest", "-getProperty:Features", "-getItem:NewsArticle", "-p:NewsDataGeneratorCache=false", "-p:NewsDataIncludeSeedCorpus=true")
            .ShouldSucceed("reading Features and articles").Output;
        Assert.DoesNotContain("enable-generator-cache", switched);
        Assert.Equal(3 + Directory.GetFiles(Path.Combine(feed.RepositoryRoot, "seeds"), "*.txt").Length, Consumer.ArticleItems(switched));
    }
}

/// <summary>Rebuilds on the compiler server, which keeps the generator between builds.</summary>
public class CompilerServerTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    [Fact]
    public void A_rebuild_on_the_compiler_server_compiles_the_edited_article_and_keeps_the_others()
    {
        // The server keeps the generator's state between builds and, by the manifest's timestamps, re-reads only
        // articles that changed (see ArticleInput); the edit must reach the output, the unchanged article too.
        var app = feed.CreateProject("server-rebuild", new Dictionary<string, string>
        {
            ["ServerRebuild.csproj"] = Consumer.Project("net10.0", "Exe", Consumer.PackageReference(feed) + """
                <PropertyGroup><NewsDataIncludeSeedCorpus>false</NewsDataIncludeSeedCorpus></PropertyGroup>
                <ItemGroup><NewsArticle Include="news/*.txt" /></ItemGroup>
                """),
            ["Program.cs"] = Consumer.PrintCorpus,
            ["news/harbour.txt"] = Consumer.Article("Harbour reopens after winter storms", "By Ana Lopes - March 3 2023", "The harbour reopened on Friday, the port authority said."),
            ["news/library.txt"] = Consumer.Article("City library extends opening hours", "By Tom Reed - April 12 2023", "Opening hours will be extended from May, officials said."),
        });

        try
        {
            feed.RunOnCompilerServer(app, "build").ShouldSucceed("first build");
            // The new title is longer than the old: stale spans over the new text would cut it short.
            File.WriteAllText(Path.Combine(app, "news", "harbour.txt"), Consumer.Article("Harbour stays shut while the storms return", "By Ana Lopes - March 4 2023", "The harbour stayed shut on Saturday, the port authority said."));
            feed.RunOnCompilerServer(app, "build").ShouldSucceed("build after the edit");
            var edited = feed.Run(app, "run", "--no-build").ShouldSucceed("dotnet run").Output;

            // A clean rebuild with nothing changed reuses the server's state for every article.
            Directory.Delete(Path.Combine(app, "bin"), recursive: true);
            Directory.Delete(Path.Combine(app, "obj", "Debug"), recursive: true);
            feed.RunOnCompilerServer(app, "build").ShouldSucceed("clean rebuild");
            var rebuilt = feed.Run(app, "run", "--no-build").ShouldSucceed("dotnet run").Output;

            Assert.All(new[] { edited, rebuilt }, output =>
            {
                Assert.Contains("title: Harbour stays shut while the storms return", output);
                Assert.Contains("title: City library extends opening hours", output);
                Assert.DoesNotContain("winter storms", output);
            });
        }
        finally
        {
            feed.ShutDownCompilerServer();
        }
    }
}

/// <summary>An xunit project over the corpus, through the generated theory data.</summary>
public class TestProjectConsumerTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    [Fact]
    public void A_test_project_uses_the_typed_theory_data()
    {
        var tests = feed.CreateProject("xunit-tests", new Dictionary<string, string>
        {
            ["CorpusTests.csproj"] = Consumer.Project("net10.0", "Library", Consumer.PackageReference(feed) + $"""
                <ItemGroup>
                  <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{feed.PinnedVersion("Microsoft.NET.Test.Sdk")}" />
                  <PackageReference Include="xunit" Version="{feed.PinnedVersion("xunit")}" />
                  <PackageReference Include="xunit.runner.visualstudio" Version="{feed.PinnedVersion("xunit.runner.visualstudio")}" />
                </ItemGroup>
                """),
            ["CorpusTests.cs"] = """
                using NewsData;
                using Xunit;

                public class CorpusTests
                {
                    [Theory]
                    [MemberData(nameof(NewsCorpus.TheoryData.Articles), MemberType = typeof(NewsCorpus.TheoryData))]
                    public void Every_article_has_a_title(Article article) => Assert.False(string.IsNullOrWhiteSpace(article.Title));

                    [Theory]
                    [MemberData(nameof(NewsCorpus.TheoryData.People), MemberType = typeof(NewsCorpus.TheoryData))]
                    public void Every_person_is_a_person(Entity person) => Assert.Equal(EntityKind.Person, person.Kind);

                    [Fact]
                    public void Putin_is_named() => Assert.Contains(NewsCorpus.People.VladimirPutin, NewsCorpus.People.All);
                }
                """,
        });

        var output = feed.Run(tests, "test").ShouldSucceed("dotnet test").Output;

        Assert.Contains("Passed!", output);
        Assert.Matches(@"Failed:\s+0", output);
    }
}

/// <summary>A netstandard2.0 library holds the corpus; the app that references it gets none of its own.</summary>
public class LibraryConsumerTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    [Fact]
    public void A_netstandard_library_works_in_a_net10_app_and_the_app_gets_no_generator_of_its_own()
    {
        feed.CreateProject("layered/Headlines", new Dictionary<string, string>
        {
            // No LangVersion: a netstandard2.0 project compiles C# 7.3, and the generated code must too.
            ["Headlines.csproj"] = Consumer.Project("netstandard2.0", "Library", Consumer.PackageReference(feed)),
            ["Headlines.cs"] = """
                namespace Headlines
                {
                    public static class Front
                    {
                        public static string First() { return NewsData.NewsCorpus.Articles[0].Title; }
                    }
                }
                """,
        });
        var app = feed.CreateProject("layered/App", new Dictionary<string, string>
        {
            ["App.csproj"] = Consumer.Project("net10.0", "Exe", """<ItemGroup><ProjectReference Include="../Headlines/Headlines.csproj" /></ItemGroup>"""),
            ["Program.cs"] = """
                System.Console.WriteLine("first: " + Headlines.Front.First());
                System.Console.WriteLine("corpus assembly: " + typeof(NewsData.NewsCorpus).Assembly.GetName().Name);
                """,
        });

        var output = feed.Run(app, "run").ShouldSucceed("dotnet run").Output;

        var first = Consumer.Titles(Directory.GetFiles(Path.Combine(feed.RepositoryRoot, "seeds"), "*.txt")).First();
        Assert.Contains("first: " + first, output);
        // The app compiled no NewsCorpus of its own: the one it sees is the library's.
        Assert.Contains("corpus assembly: Headlines", output);
        var analyzers = feed.Run(app, "msbuild", "-t:ResolveLockFileAnalyzers;_NewsDataRemoveInactiveGenerator", "-getItem:Analyzer").ShouldSucceed("listing analyzers").Output;
        Assert.DoesNotContain("NewsData.Generators.dll", analyzers, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The consumer projects' pieces: project files, articles, and expected values.</summary>
internal static class Consumer
{
    public const string PrintCorpus = """
        using System;
        using NewsData;

        Console.WriteLine($"articles: {NewsCorpus.Articles.Count}");
        foreach (var article in NewsCorpus.Articles)
        {
            Console.WriteLine($"title: {article.Title}");
        }
        """;

    public static string PackageReference(PackagedFeed feed) => $"""<ItemGroup><PackageReference Include="NewsData.Generators" Version="{feed.Version}" /></ItemGroup>""";

    public static string Project(string targetFramework, string outputType, string extra) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>{targetFramework}</TargetFramework>
            <OutputType>{outputType}</OutputType>
            <Nullable>{(targetFramework == "netstandard2.0" ? "disable" : "enable")}</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          {extra}
        </Project>
        """;

    public static string Article(string title, string byline, string paragraph) =>
        $"{title}\n\n{byline}\n\n{paragraph}\n\n{paragraph.Replace("said", "added")}\n";

    // How many NewsArticle items `dotnet msbuild -getItem:NewsArticle` lists (its JSON output).
    public static int ArticleItems(string output)
    {
        using var json = System.Text.Json.JsonDocument.Parse(output[output.IndexOf('{')..]);
        return json.RootElement.GetProperty("Items").GetProperty("NewsArticle").GetArrayLength();
    }

    // The names of the assembly's manifest resources, read from its metadata without loading it.
    public static List<string> ResourceNames(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.ManifestResources.Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name)).ToList();
    }

    // The expected titles, from the same extraction the generator runs.
    public static List<string> Titles(IEnumerable<string> files) =>
        files.Order(StringComparer.Ordinal).Select(f => ArticleExtractor.Extract(f, File.ReadAllText(f)).Article!.Title).ToList();
}
