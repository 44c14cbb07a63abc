namespace NewsData.Generators.Specs;

/// <summary>What the emitter needs for one article's file.</summary>
internal sealed record ArticleSource(CorpusOptions Options, string MemberName, Article Article);
