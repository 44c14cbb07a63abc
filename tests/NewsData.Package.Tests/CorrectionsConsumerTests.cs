using System.Collections.Generic;
using System.IO;

namespace NewsData.Package.Tests;

/// <summary>A fresh consumer corrects articles with corrections files beside them, without editing the scrapes.</summary>
public class CorrectionsConsumerTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    [Fact]
    public void Corrections_files_beside_the_seeds_and_in_the_project_correct_the_build_and_stale_ones_are_located_warnings()
    {
        // The seeds live in the package, so their corrections files are seeds/NAME.corrections.json in the project.
        var app = feed.CreateProject("corrections", new Dictionary<string, string>
        {
            ["Corrections.csproj"] = Consumer.Project("net10.0", "Exe", Consumer.PackageReference(feed) + """
                <PropertyGroup><TreatWarningsAsErrors>false</TreatWarningsAsErrors></PropertyGroup>
                """),
            ["Program.cs"] = Consumer.PrintCorpus,
            ["seeds/000_eb75a7b507fbf6e2.corrections.json"] = """
                {"title": "Corrected title",
                 "quotes": [ { "text": "Words no page of the corpus has", "kind": "partial" } ] }
                """,
            ["NewsData.corrections.json"] = """{ "entities": [ { "name": "Atlantis", "kind": "location" } ] }""",
        });
        var sidecar = Path.Combine(app, "seeds", "000_eb75a7b507fbf6e2.corrections.json");

        var build = feed.Run(app, "build").ShouldSucceed("dotnet build").Output;
        var output = feed.Run(app, "run", "--no-build").ShouldSucceed("dotnet run").Output;

        Assert.Contains("title: Corrected title", output);
        Assert.Contains($"{sidecar}(2,14): warning NEWS015: No quote of the article opens with \"Words no page of the corpus has\"", build);
        Assert.Contains($"{Path.Combine(app, "NewsData.corrections.json")}(1,17): warning NEWS015: No article names \"Atlantis\"", build);

        // Editing the corrections file alone is enough for the next build to compile it.
        File.WriteAllText(sidecar, """{ "title": "Corrected again" }""");
        var rebuild = feed.Run(app, "build").ShouldSucceed("build after editing the corrections file").Output;
        Assert.Contains("title: Corrected again", feed.Run(app, "run", "--no-build").ShouldSucceed("dotnet run").Output);
        Assert.DoesNotContain(sidecar, rebuild);
    }
}
