using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using NewsData.Extraction.Corrections;

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
        options ??= ExtractionOptions.Default;
        try
        {
            FaultInjection?.Invoke(fileName);
            var lines = options.Corrections is { } own ? new LineOverrides(own.Set.Lines) : null;
            var result = new ArticleReader(id, fileName, text, options, cancellationToken, lines).Read();
            return ArticleLimits.Apply(options.Corrections is null && options.ProjectCorrections is null ? result : Correct(result, text, options, lines), text);
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

    /// <summary>
    /// The corrections applied to what the reader made of the page (whose lines they already re-kinded), with
    /// what is wrong with the article's own corrections file and which corrections no longer match.
    /// </summary>
    private static ExtractionResult Correct(ExtractionResult result, string text, ExtractionOptions options, LineOverrides? lines)
    {
        var diagnostics = new List<ExtractionDiagnostic>(result.Diagnostics);
        if (options.Corrections is { } own)
        {
            diagnostics.AddRange(own.Diagnostics);
        }

        if (result.Article is not { } article)
        {
            return new ExtractionResult(result.Id, result.FileName, null, diagnostics, result.ParagraphSources);
        }

        foreach (var line in lines?.Unmatched() ?? Enumerable.Empty<LineCorrection>())
        {
            diagnostics.Add(CorrectionDiagnostics.Stale(line.Location,
                $"No line of the article reads \"{DiagnosticText.Excerpt(line.Text)}\" any more, so this {(line.IsBody ? "body" : "furniture")} line is not applied."));
        }

        var project = options.ProjectCorrections?.RelevantTo(text).Entities() ?? Enumerable.Empty<EntityCorrection>();
        var matched = new List<int>();
        var corrected = ArticleCorrector.Apply(article, text, result.TextRegions, options.Corrections?.Set, project, diagnostics, matched);
        return new ExtractionResult(result.Id, result.FileName, corrected, diagnostics, result.ParagraphSources) { MatchedProjectCorrections = matched.ToArray() };
    }
}
