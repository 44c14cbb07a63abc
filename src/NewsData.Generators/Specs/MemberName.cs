using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// The public member name given to the article at <paramref name="Path"/>, and for each of its entities
/// (in the article's order) the corpus entity it is, as an index into <see cref="CorpusIndex.Entities"/>.
/// </summary>
internal sealed record MemberName(string Path, string Id, string Name, EquatableArray<int> Entities);
