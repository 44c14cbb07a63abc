using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>A corpus entity as the generator emits it: where its property lives and what its docs say.</summary>
/// <param name="Name">Its canonical name.</param>
/// <param name="Kind">Person, organisation, place or other.</param>
/// <param name="KindClass">The nested class holding it: People, Organizations, Places or Other.</param>
/// <param name="Member">Its property name in that class, or null when it has none (a corpus names more entities than get fields).</param>
/// <param name="Aliases">Its other forms across the corpus.</param>
/// <param name="Articles">Member names of the articles that name it, in id order.</param>
/// <param name="QuoteCount">How many quotes it is the speaker of.</param>
internal sealed record EntitySpec(
    string Name,
    EntityKind Kind,
    string KindClass,
    string? Member,
    EquatableArray<string> Aliases,
    EquatableArray<string> Articles,
    int QuoteCount)
{
    /// <summary>"People.VladimirPutin", or "People.All" for an entity without a field of its own.</summary>
    public string Reference => KindClass + "." + (Member ?? "All");
}
