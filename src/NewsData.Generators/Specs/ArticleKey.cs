namespace NewsData.Generators.Specs;

/// <summary>
/// The little the corpus-wide steps need of an article: where it comes from, its id, and whether it
/// is generated at all. Editing an article's text leaves its key unchanged, so the corpus index and
/// every other article's output stay cached.
/// </summary>
internal sealed record ArticleKey(string Path, string Id, bool IsGenerated);
