using System;
using System.IO;
using System.Threading;
using NewsData.Extraction;
using NewsData.Extraction.Corrections;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// A corrections file's additional text → <see cref="CorrectionsSpec"/>, read by the library code that
/// <c>newsdata</c> uses. No exception leaves it: a file that cannot be read corrects nothing and says why,
/// located at its start, and its article is still generated.
/// </summary>
internal static class CorrectionsFileParser
{
    public static CorrectionsSpec Parse(CorrectionsInput input, CancellationToken cancellationToken)
    {
        var path = input.File.Path;
        var scope = input.Corrects == ManifestEntry.ProjectWide ? CorrectionsScope.Project : CorrectionsScope.Article;
        CorrectionsFile file;
        try
        {
            file = input.File.GetText(cancellationToken) is { } text
                ? CorrectionsFile.Parse(path, text.ToString(), scope, input.MaxFileSize)
                : CorrectionsFile.Unreadable(path, scope, CompilerReadFailure.Diagnose(input.File, Path.GetFileName(path)));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            file = CorrectionsFile.Unreadable(path, scope, FileDiagnostics.Unreadable(Path.GetFileName(path), exception.Message));
        }

        return new CorrectionsSpec(input.Corrects, file);
    }
}
