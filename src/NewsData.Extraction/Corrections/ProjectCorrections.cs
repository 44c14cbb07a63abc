using System.Collections.Generic;

namespace NewsData.Extraction.Corrections;

/// <summary>What only the whole corpus can tell about the project-wide corrections file.</summary>
public static class ProjectCorrections
{
    /// <summary>
    /// A warning (NEWS015) for each project-wide correction that no article matched, located at it in the file.
    /// </summary>
    /// <param name="file">The project-wide corrections file.</param>
    /// <param name="matched">Each article's <see cref="ExtractionResult.MatchedProjectCorrections"/>.</param>
    public static IReadOnlyList<ExtractionDiagnostic> Unmatched(CorrectionsFile file, IEnumerable<IReadOnlyList<int>> matched)
    {
        var used = new HashSet<int>();
        foreach (var article in matched)
        {
            used.UnionWith(article);
        }

        var diagnostics = new List<ExtractionDiagnostic>();
        foreach (var correction in file.Set.Entities)
        {
            if (!used.Contains(correction.Index))
            {
                diagnostics.Add(CorrectionDiagnostics.Stale(correction.Location,
                    $"No article names \"{DiagnosticText.Excerpt(correction.Name)}\" any more, so this project-wide correction applies to none."));
            }
        }

        return diagnostics;
    }
}
