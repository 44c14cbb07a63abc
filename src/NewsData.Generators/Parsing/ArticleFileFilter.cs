using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Tells article files from other additional files: the package's MSBuild targets turn each
/// <c>NewsArticle</c> item into an additional file with metadata <c>NewsDataKind=Article</c>, so an
/// unrelated .txt passed to the compiler is never read as news.
/// </summary>
internal static class ArticleFileFilter
{
    public const string KindMetadata = "build_metadata.AdditionalFiles.NewsDataKind";
    public const string SuppressMetadata = "build_metadata.AdditionalFiles.NewsDataSuppress";
    public const string ResourceMetadata = "build_metadata.AdditionalFiles.NewsDataResource";

    /// <summary>The manifest resource the build targets embedded the file as, or null (then its text is emitted as literals).</summary>
    public static string? ResourceName(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(ResourceMetadata, out var name) && !string.IsNullOrWhiteSpace(name) ? name : null;
    public const string ArticleKind = "Article";

    public static bool IsArticle(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(KindMetadata, out var kind) && string.Equals(kind, ArticleKind, StringComparison.OrdinalIgnoreCase);

    /// <summary>The warning ids a NewsArticle item silences for its file: NewsDataSuppress="NEWS009;NEWS004".</summary>
    public static Common.EquatableArray<string> Suppressed(AnalyzerConfigOptions fileOptions)
    {
        if (!fileOptions.TryGetValue(SuppressMetadata, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return Common.EquatableArray<string>.Empty;
        }

        var ids = new System.Collections.Generic.List<string>();
        foreach (var part in value.Split(';', ','))
        {
            if (part.Trim() is { Length: > 0 } id)
            {
                ids.Add(id.ToUpperInvariant());
            }
        }

        return new Common.EquatableArray<string>(ids.ToArray());
    }
}
