using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Entities;

/// <summary>An entity's key within one article: its name compared as folded, and its kind.</summary>
internal sealed class NameAndKindComparer : IEqualityComparer<(string Name, EntityKind Kind)>
{
    public static NameAndKindComparer Instance { get; } = new();

    private NameAndKindComparer()
    {
    }

    public bool Equals((string Name, EntityKind Kind) x, (string Name, EntityKind Kind) y) =>
        x.Kind == y.Kind && FoldedNameComparer.Instance.Equals(x.Name, y.Name);

    public int GetHashCode((string Name, EntityKind Kind) key) =>
        (FoldedNameComparer.Instance.GetHashCode(key.Name) * 31) + (int)key.Kind;
}
