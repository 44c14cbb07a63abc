using System;
using System.Collections.Generic;
using System.Threading;
using NewsData.Internal;

namespace NewsData;

/// <summary>
/// One news article, as extracted from a scraped page at compile time. Records compare by value,
/// lists included, so two articles with the same content are equal.
/// </summary>
public sealed record Article
{
    private readonly IReadOnlyList<string> _authors = ValueList<string>.Empty;
    private readonly IReadOnlyList<string> _contributors = ValueList<string>.Empty;
    private readonly IReadOnlyList<ArticleImage> _images = ValueList<ArticleImage>.Empty;
    private readonly IReadOnlyList<string> _paragraphs = ValueList<string>.Empty;
    private readonly IReadOnlyList<Quote> _quotes = ValueList<Quote>.Empty;
    private readonly IReadOnlyList<Entity> _entities = ValueList<Entity>.Empty;

    // A compiled corpus leaves the title and subtitle in the article's text until they are read, so
    // listing articles does not read every text. A factory runs at most once per value that is kept.
    private string _title;
    private Func<string>? _titleFactory;
    private string? _subtitle;
    private Func<string?>? _subtitleFactory;

    /// <summary>Creates an article; everything but its id and title is optional.</summary>
    public Article(string id, string title)
    {
        Id = id;
        _title = title;
    }

    /// <summary>An article whose title and subtitle are read from its text on first use (compiled corpora).</summary>
    internal Article(string id, Func<string> title, Func<string?> subtitle)
    {
        Id = id;
        _title = null!;
        _titleFactory = title;
        _subtitleFactory = subtitle;
    }

    /// <summary>The source file's name without its extension: stable, and unique in a corpus.</summary>
    public string Id { get; init; }

    /// <summary>The source file's name, extension included.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The headline.</summary>
    public string Title
    {
        get
        {
            var title = Volatile.Read(ref _title);
            if (title is null && Volatile.Read(ref _titleFactory) is { } factory)
            {
                title = factory();
                Volatile.Write(ref _title, title);
            }

            return title!;
        }

        init
        {
            _title = value;
            _titleFactory = null;
        }
    }

    /// <summary>The standfirst printed under the headline, if any.</summary>
    public string? Subtitle
    {
        get
        {
            if (Volatile.Read(ref _subtitleFactory) is { } factory)
            {
                _subtitle = factory();
                Volatile.Write(ref _subtitleFactory, null);
            }

            return _subtitle;
        }

        init
        {
            _subtitle = value;
            _subtitleFactory = null;
        }
    }

    /// <summary>The bylined authors, in byline order, with ALL-CAPS bylines normalised.</summary>
    public IReadOnlyList<string> Authors { get => _authors; init => _authors = ValueList<string>.From(value); }

    /// <summary>People credited for contributing ("X contributed to this report", "Additional reporting by X").</summary>
    public IReadOnlyList<string> Contributors { get => _contributors; init => _contributors = ValueList<string>.From(value); }

    /// <summary>The publication, when the page gives evidence of it (its domain, its name, a wire dateline).</summary>
    public string? Publisher { get; init; }

    /// <summary>When it was published, as precisely as the page said.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>The article's own address, when the scrape kept it.</summary>
    public string? Url { get; init; }

    /// <summary>The images shown with the article, in page order.</summary>
    public IReadOnlyList<ArticleImage> Images { get => _images; init => _images = ValueList<ArticleImage>.From(value); }

    /// <summary>The body text, one entry per paragraph, without navigation, captions, credits or trailers.</summary>
    public IReadOnlyList<string> Paragraphs { get => _paragraphs; init => _paragraphs = ValueList<string>.From(value); }

    /// <summary>What the article reports that people said.</summary>
    public IReadOnlyList<Quote> Quotes { get => _quotes; init => _quotes = ValueList<Quote>.From(value); }

    /// <summary>The people, organisations and places the article names.</summary>
    public IReadOnlyList<Entity> Entities { get => _entities; init => _entities = ValueList<Entity>.From(value); }

    /// <summary>The body as one string, paragraphs separated by a blank line.</summary>
    public string Body => string.Join("\n\n", _paragraphs);

    /// <summary>Value equality over every property, lists item by item.</summary>
    /// <param name="other">The article to compare with.</param>
    /// <returns>True when both articles have the same content.</returns>
    public bool Equals(Article? other) =>
        ReferenceEquals(this, other) || (other is not null
            && Id == other.Id
            && SourceFile == other.SourceFile
            && Publisher == other.Publisher
            && Nullable.Equals(Published, other.Published)
            && Url == other.Url
            && Title == other.Title
            && Subtitle == other.Subtitle
            && _authors.Equals(other._authors)
            && _contributors.Equals(other._contributors)
            && _images.Equals(other._images)
            && _paragraphs.Equals(other._paragraphs)
            && _quotes.Equals(other._quotes)
            && _entities.Equals(other._entities));

    /// <summary>A hash of the values known without reading the article's text.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        unchecked((((Id?.GetHashCode() ?? 0) * 31) + (SourceFile?.GetHashCode() ?? 0)) * 31) + Published.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Published is { } date ? $"{Id} ({date}): {Title}" : $"{Id}: {Title}";
}
