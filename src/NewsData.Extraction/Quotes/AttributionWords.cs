using System;
using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// The closed word classes attribution frames are read with ("Auxiliaries", "Cuts", "ClauseBreaks" …),
/// from the embedded AttributionWords.tsv: the knowledge stays data, the frame readers stay short.
/// </summary>
internal static class AttributionWords
{
    private static readonly Dictionary<string, HashSet<string>> Sets = Load();

    /// <summary>The word class called <paramref name="name"/>; a missing one is a build mistake and throws.</summary>
    public static HashSet<string> Set(string name) =>
        Sets.TryGetValue(name, out var set) ? set : throw new InvalidOperationException($"AttributionWords.tsv has no word class '{name}'.");

    private static Dictionary<string, HashSet<string>> Load()
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("NewsData.Extraction.Quotes.AttributionWords.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }

            var comparer = row[1] == "any" ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            sets[row[0]] = new HashSet<string>(row[2].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), comparer);
        }

        return sets;
    }
}
