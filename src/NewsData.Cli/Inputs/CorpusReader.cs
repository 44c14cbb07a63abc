using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction;
using NewsData.Extraction.Corrections;

namespace NewsData.Cli;

/// <summary>One input file as the commands use it: its path, its decoded text and what extraction made of it.</summary>
internal sealed record ExtractedFile(string Path, string Text, ExtractionResult Result)
{
    public int Errors => Result.Diagnostics.Count(d => d.Severity == ExtractionSeverity.Error);

    public int Warnings => Result.Diagnostics.Count(d => d.Severity == ExtractionSeverity.Warning);
}

/// <summary>
/// Reads and extracts the files on every core (files are independent and extraction is pure), and returns them
/// in the order given, so output never depends on which thread finished first.
/// </summary>
internal static class CorpusReader
{
    /// <summary>Reads and extracts <paramref name="files"/>, each with its own corrections file and <paramref name="projectCorrections"/>.</summary>
    public static List<ExtractedFile> Read(IReadOnlyList<string> files, Progress progress, CorrectionsFile? projectCorrections = null) =>
        files.AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(path =>
            {
                // Each file is read by the build's rules; one that cannot be read is a diagnostic on it, not the end of the run.
                var file = ArticleFileReader.Read(path);
                var extracted = new ExtractedFile(file.Path, file.Text, file.Extract(CorrectionsReader.ForArticle(file.Path, file.MaxLength), projectCorrections));
                progress.Advance();
                return extracted;
            })
            .ToList();
}
