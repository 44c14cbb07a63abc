using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// The corpus-wide view: every generated article's member name in id order (for the index), the same
/// names in path order (for O(log n) lookups by each article), and the diagnostics about names.
/// Built from <see cref="ArticleKey"/>s only.
/// </summary>
internal sealed record CorpusIndex(
    EquatableArray<MemberName> Members,
    EquatableArray<MemberName> MembersByPath,
    EquatableArray<DiagnosticSpec> Diagnostics)
{
    /// <summary>The member name for the article at <paramref name="path"/>, or null when it is not generated.</summary>
    public string? NameOf(string path)
    {
        int low = 0, high = MembersByPath.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(MembersByPath[middle].Path, path);
            if (comparison == 0)
            {
                return MembersByPath[middle].Name;
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
