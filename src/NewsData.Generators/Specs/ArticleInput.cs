using System;
using Microsoft.CodeAnalysis;
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
/// server (docs/performance.md). So when both instances are the command-line compiler's own
/// (<see cref="IsReadFromDisk"/>), the last-write times the targets put in the manifest decide instead, as
/// they decide whether MSBuild runs the compiler at all. Anywhere else, or without a stamp, the texts are
/// compared.
/// </para>
/// </remarks>
internal sealed record ArticleInput(AdditionalText File, EquatableArray<string> Suppressed, int MaxFileSize, string? ResourceName = null, string? Stamp = null)
{
    // The command-line compiler's additional file (csc and the compiler server): it holds nothing but a path
    // and reads that file from disk on first use. The IDE's additional documents are other types, whose
    // text may be an unsaved buffer that no timestamp describes. Matched by name because the type is
    // internal; if Roslyn renames it, inputs fall back to comparing texts: slower, never wrong.
    private const string CommandLineFileType = "Microsoft.CodeAnalysis.AdditionalTextFile";

    public bool Equals(ArticleInput? other) =>
        ReferenceEquals(this, other)
        || (other is not null
        && MaxFileSize == other.MaxFileSize
        && ResourceName == other.ResourceName
        && Suppressed.Equals(other.Suppressed)
        && File.Path == other.File.Path
        && HaveSameContent(other));

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(File.Path);

    /// <summary>Whether <paramref name="file"/> is read from disk when first asked for its text, so that its last-write time describes it.</summary>
    private static bool IsReadFromDisk(AdditionalText file) => file.GetType().FullName == CommandLineFileType;

    private bool HaveSameContent(ArticleInput other)
    {
        if (ReferenceEquals(File, other.File))
        {
            return true;
        }

        // Both from disk and both stamped: the stamps decide, without reading either file. A touched file with
        // the same text is then extracted once more (its spec compares equal, so nothing after it re-runs), and
        // its new stamp is trusted from the next build on. Comparing its text instead would re-read it on every
        // later build, since the driver keeps the earlier input, and with it the earlier stamp, when they are equal.
        if (Stamp is not null && other.Stamp is not null && IsReadFromDisk(File) && IsReadFromDisk(other.File))
        {
            return Stamp == other.Stamp;
        }

        try
        {
            return File.GetText() is { } text && other.File.GetText() is { } otherText && text.ContentEquals(otherText);
        }
        catch (Exception)
        {
            // Unreadable now: the parser reports it, so the input must count as changed.
            return false;
        }
    }
}
