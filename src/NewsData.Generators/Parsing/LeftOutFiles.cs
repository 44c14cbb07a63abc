using System.Collections.Generic;
using System.Globalization;
using NewsData.Extraction;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// The files the package's targets leave out before the compiler sees them, listed in the manifest with the
/// reason, and the diagnostic each gets: the one <c>newsdata</c> gives the same file (<see cref="FileDiagnostics"/>),
/// located at the start of the file.
/// </summary>
internal static class LeftOutFiles
{
    /// <summary>No file at the item's path.</summary>
    public const string Missing = "missing";

    /// <summary>Not a regular file with content: a pipe, a device, a folder, a link to nothing, an empty file.</summary>
    public const string NotRegular = "not-regular";

    /// <summary>More bytes than the character limit can take; written <c>too-large:10000000</c>, with the limit.</summary>
    public const string TooLarge = "too-large";

    public static IEnumerable<DiagnosticSpec> Diagnose(ArticleManifest manifest)
    {
        foreach (var entry in manifest.Entries)
        {
            if (entry.LeftOut is { } reason)
            {
                var diagnostic = Diagnose(reason, System.IO.Path.GetFileName(entry.Path));
                yield return DiagnosticSpec.Whole(diagnostic.Id, diagnostic.Severity, diagnostic.Message, entry.Path);
            }
        }
    }

    private static ExtractionDiagnostic Diagnose(string reason, string fileName)
    {
        if (reason.StartsWith(TooLarge + ":", System.StringComparison.Ordinal)
            && int.TryParse(reason.Substring(TooLarge.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var maxLength))
        {
            return FileDiagnostics.TooManyBytes(fileName, maxLength);
        }

        return reason == NotRegular ? FileDiagnostics.NotRegularOrEmpty(fileName)
            : reason == Missing ? FileDiagnostics.Missing()
            : FileDiagnostics.Unreadable(fileName, reason: null);
    }
}
