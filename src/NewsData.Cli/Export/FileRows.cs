using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NewsData.Extraction;
using NewsData.Extraction.Corpus;

namespace NewsData.Cli.Export;

/// <summary>
/// What one file contributes: its rows in the per-file tables (written with its batch) and, for an article, the
/// small key the corpus linking needs (<see cref="LinkedArticle"/>), kept until every file is read.
/// </summary>
internal sealed record FileRows(
    ArticleRow? Article,
    List<ParagraphRow> Paragraphs,
    List<ImageRow> Images,
    List<DiagnosticRow> Diagnostics,
    LinkedArticle? Key)
{
    public static FileRows From(ExtractedFile file, string hash)
    {
        var article = file.Result.Article;
        var id = article?.Id;
        var diagnostics = file.Result.Diagnostics.Select(d =>
        {
            var position = TextPosition.Of(file.Text, d.Span.Start);
            return new DiagnosticRow
            {
                Path = file.Path,
                ArticleId = id,
                DiagnosticId = d.Id,
                Severity = d.Severity.ToString().ToLowerInvariant(),
                Message = d.Message,
                Line = position.Line + 1,
                Column = position.Column + 1,
                TextHash = hash,
            };
        }).ToList();

        if (article is null)
        {
            return new FileRows(null, [], [], diagnostics, null);
        }

        var published = article.Published;
        var row = new ArticleRow
        {
            ArticleId = article.Id,
            Path = file.Path,
            Title = article.Title,
            Subtitle = article.Subtitle,
            Authors = article.Authors.ToList(),
            Contributors = article.Contributors.ToList(),
            Publisher = article.Publisher,
            PublishedDate = published is { } date ? DateOnly.FromDateTime(date.Date) : null,
            PublishedAt = published is { TimeOfDay: not null } dated ? DateTime.SpecifyKind(dated.DateTime, DateTimeKind.Unspecified) : null,
            PublishedOffsetMinutes = published?.Offset is { } offset ? (int)offset.TotalMinutes : null,
            Url = article.Url,
            ParagraphCount = article.Paragraphs.Count,
            TextLength = file.Text.Length,
            TextHash = hash,
        };
        var paragraphs = article.Paragraphs.Select((text, i) => new ParagraphRow { ArticleId = article.Id, ParagraphIndex = i, Text = text }).ToList();
        var images = article.Images.Select((image, i) => new ImageRow { ArticleId = article.Id, ImageIndex = i, Url = image.Url, Caption = image.Caption, Credit = image.Credit }).ToList();
        return new FileRows(row, paragraphs, images, diagnostics, LinkedArticle.From(file.Path, article));
    }

    /// <summary>SHA-256 of the decoded text as UTF-8, in lower-case hex: what an incremental export compares.</summary>
    public static string TextHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>
/// An article as the corpus linking sees it (<see cref="CorpusBuilder.ToLinkInput"/>, the generator's own
/// input), with the offsets that the quotes and mentions tables need once the corpus ids are known.
/// </summary>
internal sealed record LinkedArticle(string Path, LinkInput Link, TextSpan[][] Mentions, TextSpan[] QuoteSpans)
{
    public static LinkedArticle From(string path, Article article) => new(
        path,
        CorpusBuilder.ToLinkInput(article),
        article.Entities.Select(e => e.Mentions.Select(m => m.Span).ToArray()).ToArray(),
        article.Quotes.Select(q => q.Span).ToArray());
}
