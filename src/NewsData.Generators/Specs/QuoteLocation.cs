namespace NewsData.Generators.Specs;

/// <summary>A quote by the article member it is in and its index in that article's quotes.</summary>
internal sealed record QuoteLocation(string Article, int Quote);
