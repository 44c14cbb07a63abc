using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// What the emitter needs for one article's file: the article and, per entity, the corpus entity it
/// is ("People.VladimirPutin"). Only references, not the entities' docs, so an entity being named by
/// yet another article does not regenerate this one.
/// </summary>
internal sealed record ArticleSource(CorpusOptions Options, string MemberName, Article Article, EquatableArray<string> EntityReferences, string? ResourceName = null, EquatableArray<int> TextSpans = default);
