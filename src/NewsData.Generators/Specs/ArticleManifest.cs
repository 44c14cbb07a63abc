using System;
using System.Collections.Generic;
using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// The project's article files as the build targets list them in one manifest file: which additional
/// files are articles, and each one's resource name and silenced warnings. One file instead of
/// per-file item metadata, because MSBuild writes per-file metadata as one .globalconfig section per
/// file, which cost about a second per 10,000 articles before the generator ran (docs/performance.md).
/// Compared by its entries; the lookup is built once per manifest.
/// </summary>
internal sealed class ArticleManifest : IEquatable<ArticleManifest>
{
    public static readonly ArticleManifest Empty = new(EquatableArray<ManifestEntry>.Empty);

    private readonly Dictionary<string, ManifestEntry> _byPath;
    private readonly Dictionary<string, ManifestEntry> _corrections;

    public ArticleManifest(EquatableArray<ManifestEntry> entries, DiagnosticSpec? problem = null)
    {
        Entries = entries;
        Problem = problem;
        _byPath = new Dictionary<string, ManifestEntry>(entries.Count, StringComparer.Ordinal);
        _corrections = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.LeftOut is not null)
            {
                continue; // not given to the compiler: never an additional file, only a diagnostic
            }

            // The first listing of a path wins, as MSBuild would embed it once.
            var key = ManifestPath.Normalize(entry.Path);
            var byPath = entry.Corrects is null ? _byPath : _corrections;
            if (!byPath.ContainsKey(key))
            {
                byPath[key] = entry;
            }
        }
    }

    public EquatableArray<ManifestEntry> Entries { get; }

    /// <summary>Why the manifest the project names could not be used (NEWS012), or null.</summary>
    public DiagnosticSpec? Problem { get; }

    /// <summary>The entry for the additional file at <paramref name="path"/>, or null when it is not an article.</summary>
    public ManifestEntry? Find(string path) => _byPath.TryGetValue(ManifestPath.Normalize(path), out var entry) ? entry : null;

    /// <summary>The entry for the corrections file at <paramref name="path"/> (its <see cref="ManifestEntry.Corrects"/> says what it corrects), or null.</summary>
    public ManifestEntry? FindCorrections(string path) =>
        _corrections.Count > 0 && _corrections.TryGetValue(ManifestPath.Normalize(path), out var entry) ? entry : null;

    public bool Equals(ArticleManifest? other) =>
        ReferenceEquals(this, other) || (other is not null && Entries.Equals(other.Entries) && Equals(Problem, other.Problem));

    public override bool Equals(object? obj) => Equals(obj as ArticleManifest);

    public override int GetHashCode() => Entries.GetHashCode();
}

/// <summary>One article file in the manifest.</summary>
/// <param name="Path">The file's full path, as MSBuild wrote it.</param>
/// <param name="ResourceName">The manifest resource the targets embedded it as, or null.</param>
/// <param name="Suppressed">The warning ids its item silences.</param>
/// <param name="Stamp">
/// The file's last-write time as MSBuild read it when it wrote the manifest (<c>%(ModifiedTime)</c>), or
/// null. Opaque: only ever compared with the stamp of the same file in an earlier build (see <see cref="ArticleInput"/>).
/// </param>
/// <param name="LeftOut">
/// Why the targets left the file out instead of giving it to the compiler (<see cref="Parsing.LeftOutFiles"/>),
/// or null for an article.
/// </param>
/// <param name="Corrects">
/// For a corrections file: the full path of the article it corrects (its <c>NAME.corrections.json</c>), or
/// <see cref="ProjectWide"/> for the project-wide file; null for an article.
/// </param>
internal sealed record ManifestEntry(string Path, string? ResourceName, EquatableArray<string> Suppressed, string? Stamp = null, string? LeftOut = null, string? Corrects = null)
{
    /// <summary>What the project-wide corrections file's <see cref="Corrects"/> column says: every article.</summary>
    public const string ProjectWide = "*";
}
