using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NewsData.Cli.Export;

// The exported tables, one class per table: Parquet.Net and System.Text.Json both take the column names from
// [JsonPropertyName], so Parquet and JSON Lines carry the same fields. docs/export-schema.md documents them;
// a change to any column is a new ExportSchema.Version.

/// <summary>One row per article (files with an error have none: see <see cref="DiagnosticRow"/>).</summary>
internal sealed class ArticleRow
{
    [JsonPropertyName("article_id")] public string ArticleId { get; set; } = "";
    [JsonPropertyName("path")] public string Path { get; set; } = "";
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("subtitle")] public string? Subtitle { get; set; }
    [JsonPropertyName("authors")] public List<string> Authors { get; set; } = [];
    [JsonPropertyName("contributors")] public List<string> Contributors { get; set; } = [];
    [JsonPropertyName("publisher")] public string? Publisher { get; set; }
    [JsonPropertyName("published_date")] public DateOnly? PublishedDate { get; set; }
    [JsonPropertyName("published_time")] public TimeOnly? PublishedTime { get; set; }
    [JsonPropertyName("published_offset_minutes")] public int? PublishedOffsetMinutes { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("paragraph_count")] public int ParagraphCount { get; set; }
    [JsonPropertyName("text_length")] public int TextLength { get; set; }
    [JsonPropertyName("text_hash")] public string TextHash { get; set; } = "";
}

internal sealed class ParagraphRow
{
    [JsonPropertyName("article_id")] public string ArticleId { get; set; } = "";
    [JsonPropertyName("paragraph_index")] public int ParagraphIndex { get; set; }
    [JsonPropertyName("text")] public string Text { get; set; } = "";
}

internal sealed class ImageRow
{
    [JsonPropertyName("article_id")] public string ArticleId { get; set; } = "";
    [JsonPropertyName("image_index")] public int ImageIndex { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("caption")] public string? Caption { get; set; }
    [JsonPropertyName("credit")] public string? Credit { get; set; }
}

internal sealed class QuoteRow
{
    [JsonPropertyName("article_id")] public string ArticleId { get; set; } = "";
    [JsonPropertyName("quote_index")] public int QuoteIndex { get; set; }
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("text")] public string Text { get; set; } = "";
    [JsonPropertyName("speaker_entity_id")] public int? SpeakerEntityId { get; set; }
    [JsonPropertyName("start")] public int Start { get; set; }
    [JsonPropertyName("length")] public int Length { get; set; }
}

internal sealed class EntityRow
{
    [JsonPropertyName("entity_id")] public int EntityId { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("aliases")] public List<string> Aliases { get; set; } = [];
    [JsonPropertyName("article_count")] public int ArticleCount { get; set; }
    [JsonPropertyName("quote_count")] public int QuoteCount { get; set; }
}

internal sealed class MentionRow
{
    [JsonPropertyName("entity_id")] public int EntityId { get; set; }
    [JsonPropertyName("article_id")] public string ArticleId { get; set; } = "";
    [JsonPropertyName("start")] public int Start { get; set; }
    [JsonPropertyName("length")] public int Length { get; set; }
}

/// <summary>Every diagnostic of every file, the files that failed included (their <c>article_id</c> is null).</summary>
internal sealed class DiagnosticRow
{
    [JsonPropertyName("path")] public string Path { get; set; } = "";
    [JsonPropertyName("article_id")] public string? ArticleId { get; set; }
    [JsonPropertyName("diagnostic_id")] public string DiagnosticId { get; set; } = "";
    [JsonPropertyName("severity")] public string Severity { get; set; } = "";
    [JsonPropertyName("message")] public string Message { get; set; } = "";
    [JsonPropertyName("line")] public int Line { get; set; }
    [JsonPropertyName("column")] public int Column { get; set; }
    [JsonPropertyName("text_hash")] public string TextHash { get; set; } = "";
}
