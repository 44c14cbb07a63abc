using System;
using Microsoft.CodeAnalysis;
using NewsData.Extraction.Corrections;
using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// An article file as the pipeline first sees it: the compiler's additional text, the warnings its item
/// silences, the size limit, the resource that holds its text and the last-write time the build recorded
/// for it. Not a spec: nothing downstream of the parser holds it.
/// </summary>
/// <remarks>
/// Two inputs are equal when they name the same path with the same text, not only when they hold the same
/// <see cref="AdditionalText"/>. The IDE keeps an unchanged file's instance, but the compiler server hands a
/// cached generator driver new instances on every build of the project, so a rebuild must find out which
/// articles changed before it can reuse the others' extraction.
/// <para>
/// Reading every file again to compare it cost the compiler about 0.45 s per 10,000 articles on a warm
/// server (docs/performance.md). So the last-write times the targets put in the manifest decide where they
/// can (<see cref="FileContent.Same"/>).
/// </para>
/// </remarks>
internal sealed record ArticleInput(AdditionalText File, EquatableArray<string> Suppressed, int MaxFileSize, string? ResourceName = null, string? Stamp = null)
{
    /// <summary>The article's own corrections file (NAME.corrections.json), read, or null.</summary>
    public CorrectionsFile? Corrections { get; init; }

    /// <summary>The project-wide corrections that can touch this article (<see cref="CorrectionsFile.RelevantTo"/>), or null.</summary>
    public CorrectionsFile? ProjectCorrections { get; init; }

    public bool Equals(ArticleInput? other) =>
        ReferenceEquals(this, other)
        || (other is not null
        && MaxFileSize == other.MaxFileSize
        && ResourceName == other.ResourceName
        && Suppressed.Equals(other.Suppressed)
        && File.Path == other.File.Path
        && Equals(Corrections, other.Corrections)
        && Equals(ProjectCorrections, other.ProjectCorrections)
        && FileContent.Same(File, Stamp, other.File, other.Stamp));

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(File.Path);
}
