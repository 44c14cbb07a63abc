using System;
using System.Collections.Generic;
using NewsData.Extraction.Corrections;
using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>A corrections file, read, and what it corrects: an article's full path, or <see cref="ManifestEntry.ProjectWide"/>.</summary>
internal sealed record CorrectionsSpec(string Corrects, CorrectionsFile File);

/// <summary>
/// Every corrections file of the project: each article's own, found by the article's path, and the project-wide
/// one. Compared by its files, so an unchanged set of files leaves every article's input unchanged. The lookup
/// is built once per set.
/// </summary>
internal sealed class CorrectionsIndex : IEquatable<CorrectionsIndex>
{
    public static readonly CorrectionsIndex Empty = new(EquatableArray<CorrectionsSpec>.Empty);

    private readonly Dictionary<string, CorrectionsFile> _byArticle = new(StringComparer.Ordinal);

    public CorrectionsIndex(EquatableArray<CorrectionsSpec> files)
    {
        Files = files;
        foreach (var spec in files)
        {
            if (spec.Corrects == ManifestEntry.ProjectWide)
            {
                Project ??= spec.File;
            }
            else
            {
                var key = ManifestPath.Normalize(spec.Corrects);
                if (!_byArticle.ContainsKey(key))
                {
                    _byArticle[key] = spec.File;
                }
            }
        }
    }

    public EquatableArray<CorrectionsSpec> Files { get; }

    /// <summary>The project-wide corrections file, or null.</summary>
    public CorrectionsFile? Project { get; }

    /// <summary>The corrections file of the article at <paramref name="articlePath"/>, or null.</summary>
    public CorrectionsFile? For(string articlePath) =>
        _byArticle.Count > 0 && _byArticle.TryGetValue(ManifestPath.Normalize(articlePath), out var file) ? file : null;

    public bool Equals(CorrectionsIndex? other) => ReferenceEquals(this, other) || (other is not null && Files.Equals(other.Files));

    public override bool Equals(object? obj) => Equals(obj as CorrectionsIndex);

    public override int GetHashCode() => Files.GetHashCode();
}
