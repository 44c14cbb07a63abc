using NewsData.Generators.Parsing;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Emitting;

/// <summary>
/// The C# expression for each text value of an article: a slice of the embedded text
/// (<c>text.Substring(start, length)</c>) where the value stands verbatim in it, a literal otherwise.
/// </summary>
internal sealed class ValueExpressions
{
    private readonly ArticleSource _source;
    private readonly bool _sliced;

    public ValueExpressions(ArticleSource source)
    {
        _source = source;
        _sliced = source.ResourceName is not null && source.TextSpans.Count > 0;
    }

    public string Title => Value(_source.Article.Title, TextLocator.TitleIndex);

    public string Subtitle => Value(_source.Article.Subtitle, TextLocator.SubtitleIndex);

    public string Paragraph(int index) => Value(_source.Article.Paragraphs[index], TextLocator.FirstParagraphIndex + index);

    public string Caption(int index) =>
        Value(_source.Article.Images[index].Caption, TextLocator.FirstParagraphIndex + _source.Article.Paragraphs.Count + index);

    /// <summary>A quote's text is by construction the slice its span names.</summary>
    public string Quote(Quote quote) => _sliced ? Slice(quote.Span.Start, quote.Span.Length) : Literals.String(quote.Text);

    private string Value(string? value, int index)
    {
        if (!_sliced || value is null || 2 * index + 1 >= _source.TextSpans.Count || _source.TextSpans[2 * index] < 0)
        {
            return Literals.String(value);
        }

        return Slice(_source.TextSpans[2 * index], _source.TextSpans[(2 * index) + 1]);
    }

    private static string Slice(int start, int length) => $"text.Substring({start}, {length})";
}
