using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// The corpus-wide view, built from <see cref="ArticleKey"/>s only: every generated article's member
/// name in id order (and in path order for O(log n) lookups), the linked entities, statements reported
/// by several articles, related articles, and the diagnostics about names.
/// </summary>
internal sealed record CorpusIndex(
    EquatableArray<MemberName> Members,
    EquatableArray<MemberName> MembersByPath,
    EquatableArray<EntitySpec> Entities,
    EquatableArray<EquatableArray<QuoteLocation>> Statements,
    EquatableArray<EquatableArray<string>> RelatedArticles,
    EquatableArray<DiagnosticSpec> Diagnostics)
{
    /// <summary>The member entry for the article at <paramref name="path"/>, or null when it is not generated.</summary>
    public MemberName? Find(string path)
    {
        int low = 0, high = MembersByPath.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(MembersByPath[middle].Path, path);
            if (comparison == 0)
            {
                return MembersByPath[middle];
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
