using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsData.Extraction;

namespace NewsData.Cli;

/// <summary>
/// Writes extraction results in the documented JSON contract (docs/json-contract.md): one object per
/// file, fields in a fixed order, null rather than empty strings for absent values.
/// </summary>
internal static class ArticleJson
{
    public static void Write(Stream output, IReadOnlyList<ExtractionResult> results)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new Utf8JsonWriter(output, options);
        writer.WriteStartArray();
        foreach (var result in results)
        {
            Write(writer, result);
        }

        writer.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter writer, ExtractionResult result)
    {
        var article = result.Article;
        writer.WriteStartObject();
        writer.WriteString("id", result.Id);
        writer.WriteString("title", article?.Title);
        writer.WriteString("subtitle", article?.Subtitle);
        WriteStrings(writer, "authors", article?.Authors);
        WriteStrings(writer, "contributors", article?.Contributors);
        writer.WriteString("publisher", article?.Publisher);
        writer.WriteString("published", article?.Published?.ToString());
        writer.WriteString("url", article?.Url);

        writer.WriteStartArray("images");
        foreach (var image in article?.Images ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("url", image.Url);
            writer.WriteString("caption", image.Caption);
            writer.WriteString("credit", image.Credit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "paragraphs", article?.Paragraphs);

        writer.WriteStartArray("quotes");
        foreach (var quote in article?.Quotes ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("text", quote.Text);
            writer.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
            writer.WriteString("speaker", quote.Speaker?.Name);
            writer.WriteNumber("start", quote.Span.Start);
            writer.WriteNumber("length", quote.Span.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("entities");
        foreach (var entity in article?.Entities ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("name", entity.Name);
            writer.WriteString("kind", entity.Kind.ToString().ToLowerInvariant());
            WriteStrings(writer, "aliases", entity.Aliases);
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", mention.Span.Start);
                writer.WriteNumber("length", mention.Span.Length);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            writer.WriteString("message", diagnostic.Message);
            writer.WriteNumber("start", diagnostic.Span.Start);
            writer.WriteNumber("length", diagnostic.Span.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values ?? [])
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
