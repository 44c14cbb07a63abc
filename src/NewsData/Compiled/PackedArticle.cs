using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using NewsData.Internal;

namespace NewsData.Compiled;

/// <summary>
/// One article of a compiled corpus: its metadata, read from the packed literal when the corpus is
/// first touched, and the <see cref="NewsData.Article"/> whose text-backed values (title, subtitle,
/// paragraphs, captions, quotes) are read from the article's text only when first asked for.
/// </summary>
/// <remarks>
/// Layout, in order: ordinal; id; source file (framed by the id); text source (0 and the resource name
/// framed by the targets' prefix and the file name, or 1 and the text);
/// title; subtitle; authors; contributors; publisher; published (see <see cref="PackedWriter.Date"/>); url; images (url, caption,
/// credit); paragraphs (spans after the first relative to the previous one's end); entities (corpus index, then mentions as start delta and length pairs);
/// quotes (kind, speaker corpus index + 1 or 0, start, length). See <see cref="PackedWriter"/>.
/// </remarks>
internal sealed class PackedArticle
{
    private const int ResourceText = 0;
    private const int LiteralText = 1;

    /// <summary>How the package's targets name an article's resource: this, then the item's path.</summary>
    private const string ResourcePrefix = "NewsData.Article:";

    private PackedArticle(int ordinal, Article article, int[] entities, TextSpan[][] mentions, int[] quoteSpeakers, TextSpan[] quoteSpans)
    {
        Ordinal = ordinal;
        Article = article;
        Entities = entities;
        Mentions = mentions;
        QuoteSpeakers = quoteSpeakers;
        QuoteSpans = quoteSpans;
    }

    public int Ordinal { get; }

    public Article Article { get; }

    /// <summary>The corpus entities the article names, as indices into the corpus's entity table.</summary>
    public int[] Entities { get; }

    /// <summary>For each of <see cref="Entities"/>, where the article names it.</summary>
    public TextSpan[][] Mentions { get; }

    /// <summary>For each quote, its speaker's corpus index, or -1.</summary>
    public int[] QuoteSpeakers { get; }

    public TextSpan[] QuoteSpans { get; }

    /// <summary>Packs an article: what the generator emits for it.</summary>
    /// <param name="ordinal">Its position in the corpus's id order.</param>
    /// <param name="article">The extracted article.</param>
    /// <param name="textIsResource">Whether <paramref name="textSource"/> names a manifest resource rather than being the text.</param>
    /// <param name="textSource">The resource name, or the text itself.</param>
    /// <param name="spans">Where the title, subtitle, each paragraph and each caption stand verbatim in the text, in that order; null where they do not.</param>
    /// <param name="entityIndices">For each of the article's entities, the corpus entity it is.</param>
    /// <param name="quoteSpeakers">For each quote, its speaker's corpus index, or -1.</param>
    public static string Write(int ordinal, Article article, bool textIsResource, string textSource, IReadOnlyList<TextSpan?> spans, IReadOnlyList<int> entityIndices, IReadOnlyList<int> quoteSpeakers)
    {
        TextSpan? SpanAt(int index) => index < spans.Count ? spans[index] : null;

        var writer = new PackedWriter()
            .Number(ordinal)
            .String(article.Id)
            .Framed(article.SourceFile, article.Id, string.Empty)
            .Number(textIsResource ? ResourceText : LiteralText);
        if (textIsResource)
        {
            writer.Framed(textSource, ResourcePrefix, article.SourceFile ?? string.Empty);
        }
        else
        {
            writer.String(textSource);
        }

        writer
            .Text(article.Title, SpanAt(0))
            .Text(article.Subtitle, SpanAt(1))
            .Strings(article.Authors)
            .Strings(article.Contributors)
            .String(article.Publisher)
            .Date(article.Published)
            .String(article.Url);

        var captions = 2 + article.Paragraphs.Count;
        writer.Number(article.Images.Count);
        for (var i = 0; i < article.Images.Count; i++)
        {
            var image = article.Images[i];
            writer.String(image.Url).Text(image.Caption, SpanAt(captions + i)).String(image.Credit);
        }

        writer.Number(article.Paragraphs.Count);
        var origin = 0;
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var span = SpanAt(2 + i);
            writer.Text(article.Paragraphs[i], span, origin);
            origin = span?.End ?? origin;
        }

        // Several of the article's entities can be one corpus entity ("Putin" and "Vladimir Putin"): one entry each.
        var distinct = entityIndices.Distinct().ToList();
        writer.Number(distinct.Count);
        foreach (var entity in distinct)
        {
            var mentions = Enumerable.Range(0, article.Entities.Count)
                .Where(e => entityIndices[e] == entity)
                .SelectMany(e => article.Entities[e].Mentions)
                .Select(m => m.Span)
                .OrderBy(s => s.Start)
                .ToList();
            writer.Number(entity).Number(mentions.Count);
            var previous = 0;
            foreach (var span in mentions)
            {
                writer.Number(span.Start - previous).Number(span.Length);
                previous = span.Start;
            }
        }

        writer.Number(article.Quotes.Count);
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            writer.Number((int)quote.Kind).Number(quoteSpeakers[i] + 1).Number(quote.Span.Start).Number(quote.Span.Length);
        }

        return writer.ToString();
    }

    /// <summary>Unpacks the article at the reader's position (packed articles follow one another); its text is not read here.</summary>
    [MethodImpl(Optimized.Startup)]
    public static PackedArticle Read(ref PackedReader reader, Assembly assembly, IReadOnlyList<Entity> corpusEntities)
    {
        var ordinal = reader.Number();
        var id = reader.String() ?? throw new FormatException("A packed article has no id.");
        var sourceFile = reader.Framed(id, string.Empty);
        var text = reader.Number() switch
        {
            ResourceText => ArticleText.FromResource(assembly, reader.Framed(ResourcePrefix, sourceFile ?? string.Empty)!),
            LiteralText => ArticleText.FromLiteral(reader.String()!),
            var other => throw new FormatException($"Unknown article text source {other}."),
        };
        var title = reader.Text();
        var subtitle = reader.Text();
        var authors = reader.Strings();
        var contributors = reader.Strings();
        var publisher = reader.String();
        var published = reader.Date();
        var url = reader.String();

        var images = new (string? Url, PackedText Caption, string? Credit)[reader.Number()];
        for (var i = 0; i < images.Length; i++)
        {
            images[i] = (reader.String(), reader.Text(), reader.String());
        }

        var paragraphs = new PackedText[reader.Number()];
        var origin = 0;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = reader.Text(origin);
            origin = paragraphs[i].SpanEnd ?? origin;
        }

        var entities = new int[reader.Number()];
        var mentions = new TextSpan[entities.Length][];
        for (var e = 0; e < entities.Length; e++)
        {
            entities[e] = reader.Number();
            var spans = mentions[e] = new TextSpan[reader.Number()];
            var start = 0;
            for (var m = 0; m < spans.Length; m++)
            {
                start += reader.Number();
                spans[m] = new TextSpan(start, reader.Number());
            }
        }

        var quoteKinds = new QuoteKind[reader.Number()];
        var quoteSpeakers = new int[quoteKinds.Length];
        var quoteSpans = new TextSpan[quoteKinds.Length];
        for (var q = 0; q < quoteKinds.Length; q++)
        {
            quoteKinds[q] = (QuoteKind)reader.Number();
            quoteSpeakers[q] = reader.Number() - 1;
            quoteSpans[q] = new TextSpan(reader.Number(), reader.Number());
        }

        var article = new Article(id, () => title.Resolve(text) ?? string.Empty, () => subtitle.Resolve(text))
        {
            SourceFile = sourceFile,
            Authors = ValueList<string>.Own(authors),
            Contributors = ValueList<string>.Own(contributors),
            Publisher = publisher,
            Published = published,
            Url = url,
            Images = ValueList<ArticleImage>.Lazy(() => Array.ConvertAll(images, i => new ArticleImage(i.Url, i.Caption.Resolve(text), i.Credit))),
            Paragraphs = ValueList<string>.Lazy(() => PackedText.ResolveAll(paragraphs, text)),
            Entities = ValueList<Entity>.Own(Array.ConvertAll(entities, e => corpusEntities[e])),
            Quotes = ValueList<Quote>.Lazy(() =>
            {
                var quotes = new Quote[quoteKinds.Length];
                for (var q = 0; q < quotes.Length; q++)
                {
                    quotes[q] = new Quote(text.Slice(quoteSpans[q]), quoteKinds[q], quoteSpeakers[q] < 0 ? null : corpusEntities[quoteSpeakers[q]], quoteSpans[q]);
                }

                return quotes;
            }),
        };

        return new PackedArticle(ordinal, article, entities, mentions, quoteSpeakers, quoteSpans);
    }
}
