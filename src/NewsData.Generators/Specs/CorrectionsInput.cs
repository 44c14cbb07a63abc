using System;
using Microsoft.CodeAnalysis;

namespace NewsData.Generators.Specs;

/// <summary>
/// A corrections file as the targets' manifest lists it: the compiler's additional text, what it corrects (an
/// article's full path, or <see cref="ManifestEntry.ProjectWide"/>), its last-write time and the size limit.
/// Compared like an article's input (<see cref="FileContent.Same"/>), so a rebuild reads it only when it changed.
/// </summary>
internal sealed record CorrectionsInput(AdditionalText File, string Corrects, string? Stamp, int MaxFileSize)
{
    public bool Equals(CorrectionsInput? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Corrects == other.Corrects && MaxFileSize == other.MaxFileSize && File.Path == other.File.Path
            && FileContent.Same(File, Stamp, other.File, other.Stamp));

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(File.Path);
}
