using System.IO;
using NewsData.Extraction;
using NewsData.Extraction.Corrections;

namespace NewsData.Cli;

/// <summary>
/// Finds and reads corrections files for <c>newsdata</c> as the package's targets find them for the build: an
/// article's own <c>NAME.corrections.json</c> beside it, and the project-wide file. Read by the article files'
/// rules (<see cref="ArticleFileReader"/>: regular files only, the same size bound), so a pipe or an oversized
/// file is a diagnostic located in that corrections file, never the end of the run.
/// </summary>
internal static class CorrectionsReader
{
    /// <summary>The article's own corrections file, read, or null when there is none beside it.</summary>
    public static CorrectionsFile? ForArticle(string articlePath, int maxLength = ExtractionOptions.DefaultMaxLength)
    {
        var path = CorrectionsFile.SidecarPath(articlePath);
        return Exists(path) ? Read(path, CorrectionsScope.Article, maxLength) : null;
    }

    /// <summary>
    /// The project-wide corrections file: <paramref name="named"/> when given (it must exist), else
    /// <c>NewsData.corrections.json</c> in the current folder when there is one (running in the project's folder
    /// shows what the build shows), else null.
    /// </summary>
    public static CorrectionsFile? ForProject(string? named, int maxLength = ExtractionOptions.DefaultMaxLength)
    {
        var path = named ?? CorrectionsFile.ProjectFileName;
        return named is not null || Exists(path) ? Read(path, CorrectionsScope.Project, maxLength) : null;
    }

    /// <summary>Reads a corrections file; one that cannot be read corrects nothing and says why, located at its start.</summary>
    public static CorrectionsFile Read(string path, CorrectionsScope scope, int maxLength = ExtractionOptions.DefaultMaxLength)
    {
        var file = ArticleFileReader.Read(path, maxLength);
        return file.Problem is { } problem
            ? CorrectionsFile.Unreadable(path, scope, problem)
            : CorrectionsFile.Parse(path, file.Text, scope, maxLength);
    }

    // A link to nothing exists for the build's check too (it is reported there), so it counts here.
    private static bool Exists(string path) => File.Exists(path) || new FileInfo(path).LinkTarget is not null;
}
