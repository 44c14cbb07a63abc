using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace NewsData.Cli.Export;

// The exported tables, one class per table: Parquet.Net and System.Text.Json both take the column names from
// [JsonPropertyName], so Parquet and JSON Lines carry the same fields. docs/export-schema.md documents them;
// a change to any column is a new ExportSchema.Version. Strings that always have a value are REQUIRED columns,
// and the time is a local TIMESTAMP (not adjusted to UTC, null without a time of day): pages give a wall-clock
// time, with its offset (published_offset_minutes) when they say it.

/// <summary>One row per article (files with an error have none: see <see cref="DiagnosticRow"/>).</summary>
internal sealed class ArticleRow
{
    [JsonPropertyName("article_id"), ParquetRequired] public string ArticleId { get; set; } = "";
    [JsonPropertyName("path"), ParquetRequired] public string Path { get; set; } = "";
    [JsonPropertyName("title"), ParquetRequired] public string Title { get; set; } = "";
    [JsonPropertyName("subtitle")] public string? Subtitle { get; set; }
    [JsonPropertyName("authors")] public List<string> Authors { get; set; } = [];
    [JsonPropertyName("contributors")] public List<string> Contributors { get; set; } = [];
    [JsonPropertyName("publisher")] public string? Publisher { get; set; }
    [JsonPropertyName("published_date")] public DateOnly? PublishedDate { get; set; }
    [JsonPropertyName("published_at"), ParquetTimestamp(ParquetTimestampResolution.Milliseconds, useLogicalTimestamp: true, isAdjustedToUTC: false)] public DateTime? PublishedAt { get; set; }
    [JsonPropertyName("published_offset_minutes")] public int? PublishedOffsetMinutes { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("paragraph_count")] public int ParagraphCount { get; set; }
    [JsonPropertyName("text_length")] public int TextLength { get; set; }
    [JsonPropertyName("text_hash"), ParquetRequired] public string TextHash { get; set; } = "";
}

internal sealed class ParagraphRow
{
    [JsonPropertyName("article_id"), ParquetRequired] public string ArticleId { get; set; } = "";
    [JsonPropertyName("paragraph_index")] public int ParagraphIndex { get; set; }
    [JsonPropertyName("text"), ParquetRequired] public string Text { get; set; } = "";
}

internal sealed class ImageRow
{
    [JsonPropertyName("article_id"), ParquetRequired] public string ArticleId { get; set; } = "";
    [JsonPropertyName("image_index")] public int ImageIndex { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("caption")] public string? Caption { get; set; }
    [JsonPropertyName("credit")] public string? Credit { get; set; }
}

internal sealed class QuoteRow
{
    [JsonPropertyName("article_id"), ParquetRequired] public string ArticleId { get; set; } = "";
    [JsonPropertyName("quote_index")] public int QuoteIndex { get; set; }
    [JsonPropertyName("kind"), ParquetRequired] public string Kind { get; set; } = "";
    [JsonPropertyName("text"), ParquetRequired] public string Text { get; set; } = "";
    [JsonPropertyName("speaker_entity_id")] public int? SpeakerEntityId { get; set; }
    [JsonPropertyName("start")] public int Start { get; set; }
    [JsonPropertyName("length")] public int Length { get; set; }
}

internal sealed class EntityRow
{
    [JsonPropertyName("entity_id")] public int EntityId { get; set; }
    [JsonPropertyName("name"), ParquetRequired] public string Name { get; set; } = "";
    [JsonPropertyName("kind"), ParquetRequired] public string Kind { get; set; } = "";
    [JsonPropertyName("aliases")] public List<string> Aliases { get; set; } = [];
    [JsonPropertyName("article_count")] public int ArticleCount { get; set; }
    [JsonPropertyName("quote_count")] public int QuoteCount { get; set; }
}

internal sealed class MentionRow
{
    [JsonPropertyName("entity_id")] public int EntityId { get; set; }
    [JsonPropertyName("article_id"), ParquetRequired] public string ArticleId { get; set; } = "";
    [JsonPropertyName("start")] public int Start { get; set; }
    [JsonPropertyName("length")] public int Length { get; set; }
}

/// <summary>Every diagnostic of every file, the files that failed included (their <c>article_id</c> is null).</summary>
internal sealed class DiagnosticRow
{
    [JsonPropertyName("path"), ParquetRequired] public string Path { get; set; } = "";
    [JsonPropertyName("article_id")] public string? ArticleId { get; set; }
    [JsonPropertyName("diagnostic_id"), ParquetRequired] public string DiagnosticId { get; set; } = "";
    [JsonPropertyName("severity"), ParquetRequired] public string Severity { get; set; } = "";
    [JsonPropertyName("message"), ParquetRequired] public string Message { get; set; } = "";
    [JsonPropertyName("line")] public int Line { get; set; }
    [JsonPropertyName("column")] public int Column { get; set; }
    [JsonPropertyName("text_hash"), ParquetRequired] public string TextHash { get; set; } = "";
}
