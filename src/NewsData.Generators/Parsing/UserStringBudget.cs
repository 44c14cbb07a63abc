using System.Collections.Immutable;
using NewsData.Extraction;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Packed articles are string literals, and an assembly holds at most 16 MiB of them (its user-string
/// heap; beyond it the build fails with CS8103, which does not say why). Warn while there is room.
/// </summary>
internal static class UserStringBudget
{
    public const long Limit = 16L * 1024 * 1024;

    /// <summary>Warn from three quarters of the limit: the project's own strings share the heap.</summary>
    public const long WarnAt = Limit / 4 * 3;

    /// <summary>Bytes the heap spends on a literal: UTF-16 characters, a terminal byte and a length of up to four bytes.</summary>
    public static long Cost(string literal) => (2L * literal.Length) + 5;

    public static DiagnosticSpec? Check(ImmutableArray<ArticleSource?> sources)
    {
        long bytes = 0;
        var articles = 0;
        foreach (var source in sources)
        {
            if (source is not null)
            {
                bytes += Cost(source.Packed);
                articles++;
            }
        }

        if (bytes < WarnAt)
        {
            return null;
        }

        return DiagnosticSpec.Whole(
            DiagnosticIds.NearStringLimit,
            ExtractionSeverity.Warning,
            $"The {articles:N0} compiled articles take {bytes / 1048576.0:F1} MiB of the 16 MiB of string literals an assembly can hold; beyond it the build fails with CS8103. Split the corpus across projects, or embed the files (NewsArticle items embed them by default) so their text is not compiled in.",
            null);
    }
}
