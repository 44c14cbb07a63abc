using System;
using System.IO;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary>
/// Reads article files for any command front end, by the rules the package's build targets apply before
/// the compiler sees a file, so that <c>newsdata</c> and the build diagnose every file alike. A file that
/// breaks a rule is a diagnostic on that file, never the end of the run:
/// <list type="bullet">
/// <item>a path the compiler's command line cannot carry is not read (NEWS001);</item>
/// <item>only regular files with content are read: a pipe waits for a writer forever and a device never
/// ends, and both report a size of 0, as does a link to nothing once followed (NEWS001);</item>
/// <item>a file with more bytes than the character limit can take is not read (NEWS007), and reading
/// stops at that bound for a file that grows or misreports its size;</item>
/// <item>a file that fails to read (permissions, I/O errors) says why (NEWS001).</item>
/// </list>
/// </summary>
internal static class ArticleFileReader
{
    /// <summary>Reads <paramref name="path"/>, whose text may have at most <paramref name="maxLength"/> characters.</summary>
    public static ArticleFile Read(string path, int maxLength = ExtractionOptions.DefaultMaxLength)
    {
        var fileName = Path.GetFileName(path);
        if (!FileDiagnostics.IsPassable(Path.GetFullPath(path), backslashSeparates: Path.DirectorySeparatorChar == '\\'))
        {
            return ArticleFile.Failed(path, maxLength, FileDiagnostics.PathNotPassable());
        }

        try
        {
            var size = RegularFileSize(path);
            if (size is not > 0)
            {
                return ArticleFile.Failed(path, maxLength, FileDiagnostics.NotRegularOrEmpty(fileName));
            }

            var maxBytes = FileDiagnostics.MaxBytes(maxLength);
            if (size > maxBytes || ReadAtMost(path, maxBytes) is not { } bytes)
            {
                return ArticleFile.Failed(path, maxLength, FileDiagnostics.TooManyBytes(fileName, maxLength));
            }

            return new ArticleFile(path, SourceDecoder.Decode(bytes), null, maxLength);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ArticleFile.Failed(path, maxLength, FileDiagnostics.Unreadable(fileName, exception.Message));
        }
    }

    /// <summary>The size of the regular file at <paramref name="path"/> (links followed), or null when it is none.</summary>
    private static long? RegularFileSize(string path)
    {
        FileSystemInfo entry = new FileInfo(path);
        if (entry.LinkTarget is not null)
        {
            entry = entry.ResolveLinkTarget(returnFinalTarget: true) ?? entry;
        }

        return entry is FileInfo { Exists: true } file && !Directory.Exists(file.FullName) ? file.Length : null;
    }

    /// <summary>The file's bytes, or null when it has more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + read > maxBytes)
            {
                return null;
            }

            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
    }
}

/// <summary>An article file as read: its text, or the diagnostic that says why it has none, and the character limit it was read under.</summary>
internal sealed record ArticleFile(string Path, string Text, ExtractionDiagnostic? Problem, int MaxLength)
{
    public static ArticleFile Failed(string path, int maxLength, ExtractionDiagnostic problem) => new(path, string.Empty, problem, maxLength);

    /// <summary>
    /// What extraction makes of the file, with the article's own corrections file and the project-wide one applied
    /// as the build applies them; a file that could not be read is that diagnostic alone (with what is wrong with
    /// its corrections file, as the build reports it).
    /// </summary>
    public ExtractionResult Extract(Extraction.Corrections.CorrectionsFile? corrections = null, Extraction.Corrections.CorrectionsFile? projectCorrections = null) => Problem is null
        ? ArticleExtractor.Extract(Path, Text, new ExtractionOptions { MaxLength = MaxLength, Corrections = corrections, ProjectCorrections = projectCorrections })
        : new ExtractionResult(System.IO.Path.GetFileNameWithoutExtension(Path), System.IO.Path.GetFileName(Path), null,
            [Problem, .. corrections?.Diagnostics ?? []]);
}
