using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NewsData.Extraction.Corrections;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>The generator's side of corrections files: finding them, giving each article its share, and what only the corpus can say.</summary>
internal static class CorrectionsFiles
{
    /// <summary>Whether the path names a JSON file: a corrections file may be one (the manifest says which).</summary>
    public static bool HasJsonName(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary><paramref name="input"/> with the project-wide corrections whose names its text spells.</summary>
    public static ArticleInput WithProjectCorrections(ArticleInput input, CorrectionsFile? project, CancellationToken cancellationToken)
    {
        if (project is null)
        {
            return input;
        }

        try
        {
            // Unreadable text: the parser reports it, and no correction applies to a file that is no article.
            // None that can touch it is the same as no file: the article's input does not change with the file.
            return input.File.GetText(cancellationToken) is { } text && project.RelevantTo(text.ToString()) is { IsEmpty: false } relevant
                ? input with { ProjectCorrections = relevant }
                : input;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return input;
        }
    }

    /// <summary>What is wrong with the project-wide file, and a warning for each of its corrections no article matched.</summary>
    public static IEnumerable<DiagnosticSpec> ProjectDiagnostics(CorrectionsFile? project, ImmutableArray<ArticleKey> keys)
    {
        if (project is null)
        {
            return Enumerable.Empty<DiagnosticSpec>();
        }

        var unmatched = ProjectCorrections.Unmatched(project, keys.Where(key => key.IsGenerated).Select(key => (IReadOnlyList<int>)key.ProjectCorrections.ToArray()));
        return project.Diagnostics.Concat(unmatched).Select(diagnostic => ArticleFileParser.Locate(diagnostic, diagnostic.Location!));
    }
}
