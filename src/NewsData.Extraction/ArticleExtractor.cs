using System;
using System.IO;
using System.Threading;

namespace NewsData.Extraction;

/// <summary>
/// Turns the plain text of a scraped news page into an <see cref="Article"/>. Pure and deterministic:
/// the same text always gives the same article, whatever the machine's culture.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>
    /// Test hook: called with the file name before each extraction, so tests can prove that an
    /// unexpected exception becomes NEWS010 for that file and nothing else. Never set in production.
    /// </summary>
    internal static System.Action<string>? FaultInjection { get; set; }

    /// <summary>Extracts the article in <paramref name="text"/>.</summary>
    /// <param name="path">The file's path or name; the article id is its name without extension.</param>
    /// <param name="text">The file's text as decoded, byte order mark removed.</param>
    /// <param name="cancellationToken">Stops a long extraction.</param>
    /// <returns>The article and diagnostics. Never throws for bad input: a failure becomes an error diagnostic.</returns>
    public static ExtractionResult Extract(string path, string text, CancellationToken cancellationToken = default) =>
        Extract(path, text, ExtractionOptions.Default, cancellationToken);

    /// <summary>Extracts the article in <paramref name="text"/> with the given limits.</summary>
    public static ExtractionResult Extract(string path, string text, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var fileName = Path.GetFileName(path);
        var id = Path.GetFileNameWithoutExtension(fileName);
        try
        {
            FaultInjection?.Invoke(fileName);
            return ArticleLimits.Apply(new ArticleReader(id, fileName, text, options ?? ExtractionOptions.Default, cancellationToken).Read(), text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One bad file must never take the corpus with it: report it and let the caller carry on.
            var diagnostic = new ExtractionDiagnostic(
                DiagnosticIds.ExtractionFailed,
                ExtractionSeverity.Error,
                $"Extracting '{fileName}' failed with {exception.GetType().Name}: {exception.Message.TrimEnd('.')}. The file is left out; please report this with the file attached.",
                new TextSpan(0, 0));
            return new ExtractionResult(id, fileName, null, new[] { diagnostic });
        }
    }
}
