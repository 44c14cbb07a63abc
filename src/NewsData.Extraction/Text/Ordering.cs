using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Text;

/// <summary>
/// Mentions, segments and quotes are nearly always found in text order already; a stable sort of
/// sorted input changes nothing, so callers sort only when this says they must.
/// </summary>
internal static class Ordering
{
    /// <summary>True when no item's key is smaller than the one before it.</summary>
    public static bool IsSortedBy<T>(IReadOnlyList<T> items, Func<T, int> key)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (key(items[i]) < key(items[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
