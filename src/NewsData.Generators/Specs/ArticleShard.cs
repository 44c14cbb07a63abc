using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// The articles one generated file holds: <see cref="Size"/> consecutive ordinals. Files of many
/// articles, not one per article, because the compiler pays per type declaration: 10,000 one-article
/// files took 25 s to compile against 11 s for the same members in one (docs/performance.md).
/// </summary>
/// <param name="Number">Which file: ordinals Number × Size up to the next file's.</param>
/// <param name="Articles">Its articles, in ordinal order.</param>
internal sealed record ArticleShard(int Number, EquatableArray<ArticleSource> Articles)
{
    public const int Size = 100;
}
