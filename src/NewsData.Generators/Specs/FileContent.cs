using System;
using Microsoft.CodeAnalysis;

namespace NewsData.Generators.Specs;

/// <summary>
/// Whether two additional files of the same path hold the same content, read as cheaply as can be trusted.
/// When both instances are the command-line compiler's own (<see cref="IsReadFromDisk"/>), the last-write times
/// the targets put in the manifest decide, as they decide whether MSBuild runs the compiler at all. Anywhere
/// else, or without a stamp, the texts are compared. Articles and corrections files are compared alike.
/// </summary>
internal static class FileContent
{
    // The command-line compiler's additional file (csc and the compiler server): it holds nothing but a path
    // and reads that file from disk on first use. The IDE's additional documents are other types, whose
    // text may be an unsaved buffer that no timestamp describes. Matched by name because the type is
    // internal; if Roslyn renames it, inputs fall back to comparing texts: slower, never wrong.
    private const string CommandLineFileType = "Microsoft.CodeAnalysis.AdditionalTextFile";

    public static bool Same(AdditionalText file, string? stamp, AdditionalText other, string? otherStamp)
    {
        if (ReferenceEquals(file, other))
        {
            return true;
        }

        // Both from disk and both stamped: the stamps decide, without reading either file. A touched file with
        // the same text is then read once more (its spec compares equal, so nothing after it re-runs), and
        // its new stamp is trusted from the next build on. Comparing its text instead would re-read it on every
        // later build, since the driver keeps the earlier input, and with it the earlier stamp, when they are equal.
        if (stamp is not null && otherStamp is not null && IsReadFromDisk(file) && IsReadFromDisk(other))
        {
            return stamp == otherStamp;
        }

        try
        {
            return file.GetText() is { } text && other.GetText() is { } otherText && text.ContentEquals(otherText);
        }
        catch (Exception)
        {
            // Unreadable now: the parser reports it, so the input must count as changed.
            return false;
        }
    }

    /// <summary>Whether <paramref name="file"/> is read from disk when first asked for its text, so that its last-write time describes it.</summary>
    private static bool IsReadFromDisk(AdditionalText file) => file.GetType().FullName == CommandLineFileType;
}
