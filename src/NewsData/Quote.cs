namespace NewsData;

/// <summary>Something an article reports that someone said.</summary>
/// <param name="Text">What was said: the words inside the quote marks, or the reported clause.</param>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="Speaker">Who said it, when the article says so.</param>
/// <param name="Span">Where <paramref name="Text"/> stands in the article's source text.</param>
public sealed record Quote(string Text, QuoteKind Kind, Entity? Speaker, TextSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => Speaker is null ? Text : $"{Speaker.Name}: {Text}";
}
