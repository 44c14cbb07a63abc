using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsData.Extraction;
using NewsData.Extraction.Corrections;
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
            return Failed(path, id, FileDiagnostics.Unreadable(Path.GetFileName(path), exception.Message), input);
        }

        if (source is null)
        {
            return Failed(path, id, CompilerReadFailure.Diagnose(file, Path.GetFileName(path)), input);
        }

        // The whole text as one string, made once: extraction and span location both read it.
        var text = source.ToString();
        var options = new ExtractionOptions { MaxLength = input.MaxFileSize, Corrections = input.Corrections, ProjectCorrections = input.ProjectCorrections };
        var (spec, paragraphSources) = Parse(path, source, text, input.Suppressed, options, cancellationToken);
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
                $"Reading '{DiagnosticText.Escape(Path.GetFileName(path))}' failed with {exception.GetType().Name}: {DiagnosticText.Escape(exception.Message)}", default), null), Array.Empty<NewsData.TextSpan>());
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

        return (new ArticleSpec(path, result.Id, result.Article, new EquatableArray<DiagnosticSpec>(diagnostics.ToArray()))
        {
            ProjectCorrections = new EquatableArray<int>(result.MatchedProjectCorrections.ToArray()),
        }, result.ParagraphSources);
    }

    private static DiagnosticSpec Locate(ExtractionDiagnostic diagnostic, string path, SourceText source)
    {
        if (diagnostic.Location is { } elsewhere)
        {
            return Locate(diagnostic, elsewhere);
        }

        var start = Math.Max(0, Math.Min(diagnostic.Span.Start, source.Length));
        var length = Math.Max(0, Math.Min(diagnostic.Span.Length, source.Length - start));
        var lines = source.Lines.GetLinePositionSpan(new Microsoft.CodeAnalysis.Text.TextSpan(start, length));
        return new DiagnosticSpec(
            diagnostic.Id, diagnostic.Severity, diagnostic.Message, path, start, length,
            lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character);
    }

    /// <summary>A diagnostic located in another file than the article: its corrections file.</summary>
    public static DiagnosticSpec Locate(ExtractionDiagnostic diagnostic, DiagnosticLocation location) =>
        new(diagnostic.Id, diagnostic.Severity, diagnostic.Message, location.Path, location.Span.Start, location.Span.Length,
            location.Start.Line, location.Start.Column, location.End.Line, location.End.Column);

    // A file that cannot be an article still has its corrections file's problems reported.
    private static ArticleSpec Failed(string path, string id, ExtractionDiagnostic diagnostic, ArticleInput? input)
    {
        var diagnostics = new List<DiagnosticSpec> { DiagnosticSpec.Whole(diagnostic.Id, diagnostic.Severity, diagnostic.Message, path) };
        foreach (var problem in input?.Corrections?.Diagnostics ?? Array.Empty<ExtractionDiagnostic>())
        {
            diagnostics.Add(Locate(problem, problem.Location!));
        }

        return new(path, id, null, new EquatableArray<DiagnosticSpec>(diagnostics.ToArray()));
    }
}
