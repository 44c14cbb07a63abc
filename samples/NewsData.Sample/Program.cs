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
                output.WriteLine($"    {quote.Speaker?.Name ?? "(unattributed)"} ({quote.Kind.ToString().ToLowerInvariant()}): {quote.Text}");
            }

            output.WriteLine($"  Entities:   {article.Entities.Count}");
            foreach (var entity in article.Entities.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                output.WriteLine($"    {entity.Kind.ToString().ToLowerInvariant()}: {entity.Name}");
            }
        }

        PrintCorpus(output);
    }

    /// <summary>The corpus-wide view: entities shared across articles, statements reported twice, related articles.</summary>
    private static void PrintCorpus(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Across the corpus: {NewsCorpus.People.All.Count} people, {NewsCorpus.Organizations.All.Count} organisations, {NewsCorpus.Places.All.Count} places, {NewsCorpus.Quotes.Count} quotes");

        // Compile-checked: a misspelt name here fails the build.
        var putin = NewsCorpus.People.VladimirPutin;
        output.WriteLine($"  {putin.Name}: named in {NewsCorpus.ArticlesMentioning(putin).Count()} articles, {NewsCorpus.QuotesBy(putin).Count()} quotes");

        foreach (var quote in NewsCorpus.Quotes)
        {
            foreach (var same in NewsCorpus.SameStatement(quote).Where(q => string.CompareOrdinal(q.Text, quote.Text) > 0))
            {
                output.WriteLine($"  Same statement by {quote.Speaker?.Name}: \"{quote.Text}\" / \"{same.Text}\"");
            }
        }

        foreach (var article in NewsCorpus.Articles)
        {
            foreach (var related in NewsCorpus.RelatedArticles(article).Where(r => string.CompareOrdinal(r.Id, article.Id) > 0))
            {
                output.WriteLine($"  Same event: {article.Id} / {related.Id}");
            }
        }
    }
}
