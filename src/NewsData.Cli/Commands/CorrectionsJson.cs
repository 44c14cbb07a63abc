using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsData.Extraction.Corrections;

namespace NewsData.Cli;

/// <summary>
/// A starting corrections file (docs/corrections.schema.json) for an article: its fields and its quotes as
/// extraction made them, each quote named by the fewest opening words that tell it from the others, and empty
/// lists for the lines and entities to correct.
/// </summary>
internal static class CorrectionsJson
{
    /// <summary>The schema's published address (NewsDataCorrectionsSchemaUrl at build), or null until the project has one.</summary>
    public static readonly string? SchemaUrl = typeof(CorrectionsJson).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "NewsData.CorrectionsSchemaUrl")?.Value is { Length: > 0 } url ? url : null;

    public static void Write(Stream output, Article article)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        if (SchemaUrl is not null)
        {
            writer.WriteString("$schema", SchemaUrl);
        }

        writer.WriteString("title", article.Title);
        writer.WriteString("subtitle", article.Subtitle);
        writer.WriteStartArray("authors");
        article.Authors.ToList().ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        writer.WriteString("publisher", article.Publisher);
        writer.WriteString("published", article.Published?.ToString());
        writer.WriteString("url", article.Url);
        writer.WriteStartArray("furniture");
        writer.WriteEndArray();
        writer.WriteStartArray("body");
        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        var openings = CorrectionsTemplate.OpeningWords(article.Quotes);
        var written = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            // A statement printed twice has one correction, which corrects it wherever it stands.
            if (!written.Add(openings[i]))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("text", openings[i]);
            writer.WriteString("speaker", article.Quotes[i].Speaker?.Name);
            writer.WriteString("kind", article.Quotes[i].Kind.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }
}
