using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsData.Generators.Common;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Tells article files from other additional files, so an unrelated .txt passed to the compiler is
/// never read as news. The package's targets list the articles in a manifest, an additional file
/// named by the build property <c>NewsDataManifest</c>. A project may instead mark a file by hand
/// with <c>NewsDataKind=Article</c> (and <c>NewsDataResource</c> / <c>NewsDataSuppress</c>) item
/// metadata made compiler-visible, which then wins. The package does not make that metadata visible:
/// MSBuild would then write a .globalconfig section for every additional file.
/// </summary>
internal static class ArticleFileFilter
{
    public const string KindMetadata = "build_metadata.AdditionalFiles.NewsDataKind";
    public const string SuppressMetadata = "build_metadata.AdditionalFiles.NewsDataSuppress";
    public const string ResourceMetadata = "build_metadata.AdditionalFiles.NewsDataResource";
    public const string ManifestProperty = "build_property.NewsDataManifest";
    public const string ArticleKind = "Article";

    /// <summary>The manifest's path as a <see cref="Common.ManifestPath"/> key, or null when the project has none.</summary>
    public static string? ManifestPath(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(ManifestProperty, out var path) && !string.IsNullOrWhiteSpace(path) ? Common.ManifestPath.Normalize(path.Trim()) : null;

    /// <summary>The file as an article (its silenced warnings and resource name), or null when it is not one.</summary>
    public static ManifestEntry? Match(string path, AnalyzerConfigOptions fileOptions, ArticleManifest manifest)
    {
        if (HasKind(fileOptions, ArticleKind))
        {
            var resource = fileOptions.TryGetValue(ResourceMetadata, out var name) && !string.IsNullOrWhiteSpace(name) ? name : null;
            var suppressed = fileOptions.TryGetValue(SuppressMetadata, out var ids) ? ParseIds(ids) : EquatableArray<string>.Empty;
            return new ManifestEntry(path, resource, suppressed);
        }

        return manifest.Find(path);
    }

    /// <summary>Warning ids as an item lists them: NewsDataSuppress="NEWS009;NEWS004" (commas work too).</summary>
    public static EquatableArray<string> ParseIds(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return EquatableArray<string>.Empty;
        }

        var ids = new List<string>();
        foreach (var part in value!.Split(';', ','))
        {
            if (part.Trim() is { Length: > 0 } id)
            {
                ids.Add(id.ToUpperInvariant());
            }
        }

        return new EquatableArray<string>(ids.ToArray());
    }

    private static bool HasKind(AnalyzerConfigOptions fileOptions, string kind) =>
        fileOptions.TryGetValue(KindMetadata, out var value) && string.Equals(value, kind, StringComparison.OrdinalIgnoreCase);
}
