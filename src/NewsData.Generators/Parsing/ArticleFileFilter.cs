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
    public const string ArticleKind = "Article";

    public static bool IsArticle(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(KindMetadata, out var kind) && string.Equals(kind, ArticleKind, StringComparison.OrdinalIgnoreCase);
}
