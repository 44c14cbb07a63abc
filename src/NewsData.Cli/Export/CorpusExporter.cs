using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsData.Extraction;
using NewsData.Extraction.Corpus;
using NewsData.Extraction.Corrections;

namespace NewsData.Cli.Export;

/// <summary>What an export wrote, for the summary line.</summary>
internal sealed record ExportCounts(int Files, int Unchanged, int Articles, int Quotes, int Entities, int FilesWithErrors, int Warnings);

/// <summary>
/// Streams a corpus into the seven tables. Files are read and extracted on every core a batch at a time, and
/// each batch's articles, paragraphs, images and diagnostics are written before the next is read, so the text
/// in memory is one batch's. Quotes, entities and mentions need the corpus ids, which only the linking of every
/// article gives (the generator's <see cref="CorpusLinker"/>, run on the same keys in the same order), so they
/// wait in <see cref="PendingLinks"/> (keys in memory, texts and offsets on disk) and are written at the end. Tables are written into a staging folder and moved into place
/// when complete: a failed run leaves the previous export as it was. A file whose text is unchanged since the
/// last export into the folder is not extracted again (<see cref="ExportCache"/>) unless <c>incremental</c> is off.
/// Corrections files apply as in the build and the other commands (<see cref="CorrectionsReader"/>); a file they
/// correct is always extracted again and never cached, since the cache keys on the article's text alone.
/// </summary>
internal sealed class CorpusExporter(ExportFormat format, string folder, int batchSize, int rowGroupSize, bool incremental, CommandContext context, CorrectionsFile? projectCorrections = null)
{
    public const int DefaultBatchSize = 2_000;

    /// <summary>Rows per Parquet row group: large enough for engines to scan well, small enough to hold in memory.</summary>
    public const int DefaultRowGroupSize = 50_000;

    public ExportCounts Export(IReadOnlyList<string> files, Progress progress)
    {
        Directory.CreateDirectory(folder);
        var staging = Path.Combine(folder, ".newsdata-export-staging");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        using var pending = new PendingLinks(Path.Combine(staging, "links.tmp"));
        int failed = 0, warnings = 0, unchanged = 0;
        using (var cache = ExportCache.Open(folder, incremental))
        using (var newCache = ExportCache.Create(Path.Combine(staging, ExportCache.FileName)))
        using (var articles = ExportTable<ArticleRow>.Create(format, staging, "articles", rowGroupSize))
        using (var paragraphs = ExportTable<ParagraphRow>.Create(format, staging, "paragraphs", rowGroupSize))
        using (var images = ExportTable<ImageRow>.Create(format, staging, "images", rowGroupSize))
        using (var diagnostics = ExportTable<DiagnosticRow>.Create(format, staging, "diagnostics", rowGroupSize))
        {
            for (var start = 0; start < files.Count; start += batchSize)
            {
                var batch = Read(files.Skip(start).Take(batchSize).ToList(), cache, projectCorrections, progress);
                unchanged += batch.Count(f => f.Unchanged);
                batch.Where(f => !f.Corrected).ToList().ForEach(f => ExportCache.Add(newCache, f.Path, f.Hash, f.Rows));
                articles.Write(batch.Where(f => f.Rows.Article is not null).Select(f => f.Rows.Article!).ToList());
                paragraphs.Write(batch.SelectMany(f => f.Rows.Paragraphs).ToList());
                images.Write(batch.SelectMany(f => f.Rows.Images).ToList());
                diagnostics.Write(batch.SelectMany(f => f.Rows.Diagnostics).ToList());
                foreach (var file in batch.Select(f => f.Rows))
                {
                    warnings += file.Diagnostics.Count(d => d.Severity == "warning");
                    if (file.Key is { } key)
                    {
                        pending.Add(key);
                    }
                    else
                    {
                        failed++;
                        TellSkipped(file);
                    }
                }
            }
        }

        var (links, sortedOf) = pending.Link();
        var quotes = WriteLinked(staging, pending, links, sortedOf);
        Publish(staging);
        return new ExportCounts(files.Count, unchanged, pending.Count, quotes, links.Entities.Count, failed, warnings);
    }

    /// <summary>
    /// Reads the batch on every core, in path order: each file by the build's rules (<see cref="ArticleFileReader"/>),
    /// extracted unless the cache holds the same text.
    /// </summary>
    private static List<ReadFile> Read(List<string> batch, ExportCache cache, CorrectionsFile? projectCorrections, Progress progress) =>
        batch.AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(path =>
            {
                var file = ArticleFileReader.Read(path);
                var hash = FileRows.TextHash(file.Text);
                var own = file.Problem is null ? CorrectionsReader.ForArticle(file.Path, file.MaxLength) : null;
                // Only the project-wide corrections this text can match, as the generator gives each article.
                var relevant = file.Problem is null && projectCorrections?.RelevantTo(file.Text) is { IsEmpty: false } touching ? touching : null;
                var corrected = own is not null || relevant is not null;
                var cached = file.Problem is null && !corrected ? cache.Find(file.Path, hash) : null; // a file not read has no text to compare
                var rows = cached ?? FileRows.From(new ExtractedFile(file.Path, file.Text, file.Extract(own, relevant)), hash);
                progress.Advance();
                return new ReadFile(file.Path, hash, rows, cached is not null, corrected);
            })
            .ToList();

    private sealed record ReadFile(string Path, string Hash, FileRows Rows, bool Unchanged, bool Corrected);

    /// <summary>Writes entities, quotes and mentions with corpus ids; returns how many quotes.</summary>
    private int WriteLinked(string staging, PendingLinks pending, CorpusLinks links, int[] sortedOf)
    {
        using (var entities = ExportTable<EntityRow>.Create(format, staging, "entities", rowGroupSize))
        {
            foreach (var chunk in links.Entities.Select((entity, id) => EntityRow(id, entity)).Chunk(batchSize))
            {
                entities.Write(chunk);
            }
        }

        var quoteCount = 0;
        using var quotes = ExportTable<QuoteRow>.Create(format, staging, "quotes", rowGroupSize);
        using var mentions = ExportTable<MentionRow>.Create(format, staging, "mentions", rowGroupSize);
        foreach (var chunk in pending.Rows(links, sortedOf).Chunk(batchSize))
        {
            var quoteRows = chunk.SelectMany(a => a.Quotes).ToList();
            quoteCount += quoteRows.Count;
            quotes.Write(quoteRows);
            mentions.Write(chunk.SelectMany(a => a.Mentions).ToList());
        }

        return quoteCount;
    }

    private static EntityRow EntityRow(int id, LinkedEntity entity) => new()
    {
        EntityId = id,
        Name = entity.Name,
        Kind = entity.Kind.ToString(),
        Aliases = entity.Aliases.ToList(),
        ArticleCount = entity.Articles.Count,
        QuoteCount = entity.QuoteCount,
    };

    /// <summary>Moves the finished tables over the previous ones and writes <c>export.json</c> (the schema version).</summary>
    private void Publish(string staging)
    {
        var extension = format == ExportFormat.Parquet ? ".parquet" : ".jsonl";
        foreach (var table in ExportSchema.Tables)
        {
            File.Move(Path.Combine(staging, table + extension), Path.Combine(folder, table + extension), overwrite: true);
        }

        File.Move(Path.Combine(staging, ExportCache.FileName), Path.Combine(folder, ExportCache.FileName), overwrite: true);

        Directory.Delete(staging, recursive: true);
        File.WriteAllText(
            Path.Combine(folder, "export.json"),
            $"{{\n  \"schema_version\": {ExportSchema.VersionText},\n  \"format\": \"{format.ToString().ToLowerInvariant()}\",\n  \"tables\": [{string.Join(", ", ExportSchema.Tables.Select(t => $"\"{t}\""))}]\n}}\n");
    }

    private void TellSkipped(FileRows file)
    {
        foreach (var error in file.Diagnostics.Where(d => d.Severity == "error"))
        {
            context.Tell(DiagnosticText.Escape($"newsdata: skipped {error.Path}({error.Line},{error.Column}): error {error.DiagnosticId}: {error.Message}"));
        }
    }
}
