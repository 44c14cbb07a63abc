using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>A generated article's public member and where it sits in the corpus.</summary>
/// <param name="Path">The article file's path.</param>
/// <param name="Id">The file name without extension.</param>
/// <param name="Name">The field name on the corpus class.</param>
/// <param name="Entities">For each of the article's entities, in its order, the corpus entity it is (an index into <see cref="CorpusIndex.Entities"/>).</param>
/// <param name="Ordinal">Its position in id order: where the compiled corpus keeps it.</param>
internal sealed record MemberName(string Path, string Id, string Name, EquatableArray<int> Entities, int Ordinal);
