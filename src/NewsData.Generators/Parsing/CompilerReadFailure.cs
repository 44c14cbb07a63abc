using System;
using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using NewsData.Extraction;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Why the compiler gave no text for an article file. The command-line compiler reads additional files itself
/// and, when it cannot, returns null and reports its own error (CS2015 for a binary file, CS2001 or CS1504
/// for one it cannot find or open); no public API says which. Its file type keeps those errors in an internal
/// <c>Diagnostics</c> list, read here by name so that a binary file gets the same NEWS002 it gets from
/// <c>newsdata</c> (see <see cref="FileDiagnostics.BinaryToTheCompiler"/>) instead of a vaguer NEWS001. If
/// Roslyn renames that member, the file still gets NEWS001: less precise, never wrong.
/// </summary>
internal static class CompilerReadFailure
{
    /// <summary>The compiler's ERR_BinaryFile: "'file' is a binary file instead of a text file".</summary>
    private const int BinaryFile = 2015;

    public static ExtractionDiagnostic Diagnose(AdditionalText file, string fileName) =>
        HasCompilerError(file, BinaryFile)
            ? FileDiagnostics.BinaryToTheCompiler(fileName)
            : FileDiagnostics.Unreadable(fileName, reason: null);

    private static bool HasCompilerError(AdditionalText file, int code)
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        try
        {
            if (file.GetType().GetProperty("Diagnostics", Instance)?.GetValue(file) is not IEnumerable errors)
            {
                return false;
            }

            foreach (var error in errors)
            {
                if (error?.GetType().GetProperty("Code", Instance)?.GetValue(error) is int found && found == code)
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is TargetInvocationException or MemberAccessException or AmbiguousMatchException)
        {
            // A different Roslyn: fall back to the plain diagnosis.
        }

        return false;
    }
}
