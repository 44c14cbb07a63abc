using System;
using System.IO;
using System.Linq;
using NewsData;

namespace NewsData.Sample;

/// <summary>Prints the seed corpus from the types the generator compiled into this program.</summary>
public static class Program
{
    public static void Main() => Print(Console.Out);

    /// <summary>Writes every article in <see cref="NewsCorpus.Articles"/>: metadata, then quotes and entities.</summary>
    public static void Print(TextWriter output)
    {
        output.WriteLine($"NewsCorpus: {NewsCorpus.Articles.Count} articles");
        foreach (var article in NewsCorpus.Articles)
        {
            output.WriteLine();
            output.WriteLine(article.Id);
            output.WriteLine($"  Published:  {article.Published?.ToString() ?? "unknown"}");
            output.WriteLine($"  Publisher:  {article.Publisher ?? "unknown"}");
            output.WriteLine($"  Authors:    {(article.Authors.Count > 0 ? string.Join(", ", article.Authors) : "none")}");
            output.WriteLine($"  Title:      {article.Title}");
            output.WriteLine($"  Subtitle:   {article.Subtitle ?? "none"}");
            output.WriteLine($"  Images:     {article.Images.Count}");
            output.WriteLine($"  Paragraphs: {article.Paragraphs.Count}");
            output.WriteLine($"  Quotes:     {article.Quotes.Count}");
            foreach (var quote in article.Quotes)
            {
                output.WriteLine($"    {quote.Speaker?.Name ?? "(unattributed)"}: {quote.Text}");
            }

            output.WriteLine($"  Entities:   {article.Entities.Count}");
            foreach (var entity in article.Entities.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                output.WriteLine($"    {entity.Kind.ToString().ToLowerInvariant()}: {entity.Name}");
            }
        }
    }
}
