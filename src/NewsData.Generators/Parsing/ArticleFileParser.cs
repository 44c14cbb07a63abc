using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsData.Extraction;
using NewsData.Generators.Common;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Additional file → <see cref="ArticleSpec"/>. The only step that reads text; everything after it
/// works on the equatable spec. No exception leaves this method: a generator that throws loses all of
/// its output, so a failure becomes an error diagnostic on that one file.
/// </summary>
internal static class ArticleFileParser
{
    public static ArticleSpec Parse(ArticleInput input, CancellationToken cancellationToken)
    {
        var file = input.File;
        var path = file.Path;
        var id = Path.GetFileNameWithoutExtension(path);
        SourceText? source;
        try
        {
            source = file.GetText(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(path, id, FileDiagnostics.Unreadable(Path.GetFileName(path), exception.Message));
        }

        if (source is null)
        {
            return Failed(path, id, CompilerReadFailure.Diagnose(file, Path.GetFileName(path)));
        }

        // The whole text as one string, made once: extraction and span location both read it.
        var text = source.ToString();
        var (spec, paragraphSources) = Parse(path, source, text, input.Suppressed, new ExtractionOptions { MaxLength = input.MaxFileSize }, cancellationToken);
        // Values are compiled as spans of the text; the text itself stays in its resource, or without one
        // becomes a literal of its own.
        return spec.Article is { } article
            ? spec with { ResourceName = input.ResourceName, TextSpans = TextLocator.Locate(text, article, paragraphSources), Text = input.ResourceName is null ? text : null }
            : spec;
    }

    // source gives diagnostics their line positions; text is the same text as a string.
    private static (ArticleSpec Spec, IReadOnlyList<NewsData.TextSpan> ParagraphSources) Parse(string path, SourceText source, string text, EquatableArray<string> suppressed, ExtractionOptions options, CancellationToken cancellationToken)
    {
        ExtractionResult result;
        try
        {
            result = ArticleExtractor.Extract(path, text, options, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The extractor already turns its own failures into NEWS010; this guards everything around it.
            return (Failed(path, Path.GetFileNameWithoutExtension(path), new ExtractionDiagnostic(DiagnosticIds.ExtractionFailed, ExtractionSeverity.Error,
                $"Reading '{DiagnosticText.Escape(Path.GetFileName(path))}' failed with {exception.GetType().Name}: {DiagnosticText.Escape(exception.Message)}", default)), Array.Empty<NewsData.TextSpan>());
        }

        var diagnostics = new List<DiagnosticSpec>(result.Diagnostics.Count);
        foreach (var diagnostic in result.Diagnostics)
        {
            // An item may silence warnings about its file; errors always stand, the file is left out for them.
            if (diagnostic.Severity != ExtractionSeverity.Error && suppressed.Contains(diagnostic.Id))
            {
                continue;
            }

            diagnostics.Add(Locate(diagnostic, path, source));
        }

        return (new ArticleSpec(path, result.Id, result.Article, new EquatableArray<DiagnosticSpec>(diagnostics.ToArray())), result.ParagraphSources);
    }

    private static DiagnosticSpec Locate(ExtractionDiagnostic diagnostic, string path, SourceText source)
    {
        var start = Math.Max(0, Math.Min(diagnostic.Span.Start, source.Length));
        var length = Math.Max(0, Math.Min(diagnostic.Span.Length, source.Length - start));
        var lines = source.Lines.GetLinePositionSpan(new Microsoft.CodeAnalysis.Text.TextSpan(start, length));
        return new DiagnosticSpec(
            diagnostic.Id, diagnostic.Severity, diagnostic.Message, path, start, length,
            lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character);
    }

    private static ArticleSpec Failed(string path, string id, ExtractionDiagnostic diagnostic) =>
        new(path, id, null, new EquatableArray<DiagnosticSpec>(new[]
        {
            DiagnosticSpec.Whole(diagnostic.Id, diagnostic.Severity, diagnostic.Message, path),
        }));
}
