using System;
using Microsoft.CodeAnalysis;
using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// An article file as the pipeline first sees it: the compiler's additional text, the warnings its item
/// silences, the size limit and the resource that holds its text. Not a spec: nothing downstream of the
/// parser holds it.
/// </summary>
/// <remarks>
/// Two inputs are equal when they name the same path with the same text, not only when they hold the same
/// <see cref="AdditionalText"/>. The IDE keeps an unchanged file's instance, but the compiler server hands a
/// cached generator driver new instances on every build of the project; comparing content there lets a
/// rebuild reuse every unchanged article's extraction instead of redoing the whole corpus.
/// </remarks>
internal sealed record ArticleInput(AdditionalText File, EquatableArray<string> Suppressed, int MaxFileSize, string? ResourceName = null)
{
    public bool Equals(ArticleInput? other) =>
        ReferenceEquals(this, other)
        || (other is not null
        && MaxFileSize == other.MaxFileSize
        && ResourceName == other.ResourceName
        && Suppressed.Equals(other.Suppressed)
        && File.Path == other.File.Path
        && (ReferenceEquals(File, other.File) || HaveSameText(File, other.File)));

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(File.Path);

    private static bool HaveSameText(AdditionalText left, AdditionalText right)
    {
        try
        {
            return left.GetText() is { } leftText && right.GetText() is { } rightText && leftText.ContentEquals(rightText);
        }
        catch (Exception)
        {
            // Unreadable now: the parser reports it, so the input must count as changed.
            return false;
        }
    }
}
