using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Tests;

/// <summary>The comparer that keys entities agrees with folding every name first, which it replaced.</summary>
public class FoldedNameComparerTests
{
    private static readonly string[] Names =
    {
        "Ebrahim Raisi", "EBRAHIM RAISI", "ebrahim raisi", "Ebrahim Raisi ", "Ebrahim  Raisi",
        "José Martínez", "Jose Martinez", "JOSÉ MARTÍNEZ", "jose martinez", "José Martínez’s", "Jose Martinez's",
        "Brasília", "Brasilia", "BRASILIA", "Kyiv", "Kiev", "İstanbul", "istanbul", "Istanbul", "ı", "I", "i",
        "O’Neill", "O'Neill", "o'neill", "Zelenskyy", "Zelenskyy’", "Straße", "STRASSE", "Łódź", "Lodz", "", "a", "A",
    };

    [Fact]
    public void Two_names_are_equal_exactly_when_their_folded_forms_are()
    {
        var comparer = FoldedNameComparer.Instance;
        foreach (var x in Names)
        {
            foreach (var y in Names)
            {
                var folded = NameFolding.Fold(x) == NameFolding.Fold(y);
                Assert.True(folded == comparer.Equals(x, y), $"'{x}' and '{y}': folded forms {(folded ? "match" : "differ")}");
                if (folded)
                {
                    Assert.Equal(comparer.GetHashCode(x), comparer.GetHashCode(y));
                }
            }
        }
    }

    [Fact]
    public void Names_that_fold_alike_share_one_dictionary_entry_and_the_first_spelling_keeps_it()
    {
        var byFolded = new Dictionary<string, string>(FoldedNameComparer.Instance);
        foreach (var name in Names)
        {
            byFolded.TryAdd(name, name);
        }

        var expected = Names.GroupBy(NameFolding.Fold).Select(group => group.First()).ToList();
        Assert.Equal(expected, byFolded.Keys.ToList());
    }
}
