using System;
using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Entities;

/// <summary>
/// Name statistics from maintained public data: US given names with the share of girls among their
/// births (Gazetteers/given-names.tsv, SSA), US surnames (Gazetteers/surnames.tsv, 1990 census) and world cities and first-level regions
/// (Gazetteers/places.tsv, GeoNames and country-region-data), football clubs and large companies
/// (Gazetteers/known-organizations.tsv, openfootball and the S&amp;P 500), and words news writes in lower case
/// (Gazetteers/common-words.tsv, counted on the GMB). The tagger reads them as features; the
/// gazetteer marks only the unambiguous large places and the unambiguous organisations outright.
/// </summary>
internal sealed class NameLists
{
    /// <summary>Cities this large, whose name is no common given name, are places without context.</summary>
    public const int CertainCityPopulation = 300_000;

    private readonly Dictionary<string, float> _femaleShare = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordInName> _placeWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordInName> _organizationWords = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Country)> _certainPlaces = new();
    private readonly List<string> _certainOrganizations = new();
    private readonly HashSet<string> _commonWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);

    private NameLists()
    {
    }

    /// <summary>Where a word occurs in the names of a list.</summary>
    [Flags]
    public enum WordInName : byte
    {
        None = 0,
        /// <summary>A one-word name ("Mumbai", "Airbus").</summary>
        Whole = 1,
        /// <summary>The first word of a longer name ("West" of "West Bengal").</summary>
        First = 2,
        /// <summary>A later word of a longer name ("Bengal").</summary>
        Inner = 4,
    }

    public static NameLists Default => Holder.Instance;

    /// <summary>Clubs and companies whose names are organisations wherever they are written ("Bayern Munich", "Abbott Laboratories").</summary>
    public IReadOnlyList<string> CertainOrganizations => _certainOrganizations;

    /// <summary>Places a capitalised mention of which is a place wherever it is written: first-level regions and large cities.</summary>
    public IReadOnlyList<(string Name, string Country)> CertainPlaces => _certainPlaces;

    /// <summary>Whether US parents gave this name (as written, capitalised) to at least a thousand babies since 1930.</summary>
    public bool IsGivenName(string word) => _femaleShare.ContainsKey(word);

    /// <summary>The share of girls among the babies given <paramref name="givenName"/>, or null when it is not a known given name.</summary>
    public float? FemaleShare(string givenName) => _femaleShare.TryGetValue(givenName, out var share) ? share : null;

    /// <summary>Whether at least 0.002 % of the people of the 1990 US census bore this surname (capitalised: "Garcia").</summary>
    public bool IsSurname(string word) => _surnames.Contains(word);

    /// <summary>Whether news writes this lower-case word in lower case (Gazetteers/common-words.tsv): "markets", "plan".</summary>
    public bool IsCommonWord(string lowerCase) => _commonWords.Contains(lowerCase);

    /// <summary>Where this word occurs in the names of cities and regions.</summary>
    public WordInName PlaceWordOf(string word) => _placeWords.TryGetValue(word, out var place) ? place : WordInName.None;

    /// <summary>Where this word occurs in the names of known clubs and companies.</summary>
    public WordInName OrganizationWordOf(string word) => _organizationWords.TryGetValue(word, out var role) ? role : WordInName.None;

    private static NameLists Load()
    {
        var lists = new NameLists();
        foreach (var columns in EmbeddedTable.Rows("NewsData.Extraction.Gazetteers.given-names.tsv"))
        {
            lists._femaleShare[columns[0]] = Share(columns[1]);
        }

        foreach (var columns in EmbeddedTable.Rows("NewsData.Extraction.Gazetteers.surnames.tsv"))
        {
            lists._surnames.Add(columns[0]);
        }

        foreach (var columns in EmbeddedTable.Rows("NewsData.Extraction.Gazetteers.common-words.tsv"))
        {
            lists._commonWords.Add(columns[0]);
        }

        foreach (var columns in EmbeddedTable.Rows("NewsData.Extraction.Gazetteers.places.tsv"))
        {
            // Split at spaces, not tokenized: 27,000 names through the tokenizer cost a quarter of a
            // second in a cold compiler, and a place word's role is a feature, not a match.
            var name = columns[0];
            AddWords(lists._placeWords, name);

            var population = Digits(columns[3]);
            var ambiguous = columns.Length > 4 && columns[4] == "1";
            if (!ambiguous && (columns[1] == "region" || population >= CertainCityPopulation))
            {
                lists._certainPlaces.Add((name, columns[2]));
            }
        }

        foreach (var columns in EmbeddedTable.Rows("NewsData.Extraction.Gazetteers.known-organizations.tsv"))
        {
            AddWords(lists._organizationWords, columns[0]);
            if (columns.Length <= 3 || columns[3] != "1")
            {
                lists._certainOrganizations.Add(columns[0]);
            }
        }

        return lists;
    }

    private static void AddWords(Dictionary<string, WordInName> into, string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var role = words.Length == 1 ? WordInName.Whole : i == 0 ? WordInName.First : WordInName.Inner;
            into.TryGetValue(words[i], out var existing);
            into[words[i]] = existing | role;
        }
    }

    /// <summary>"0.25" → 0.25: the table's shares have two decimals, parsed without the culture-aware parser.</summary>
    private static float Share(string text) => text.Length == 4 && text[1] == '.' ? (text[0] - '0') + ((text[2] - '0') * 10 + (text[3] - '0')) / 100f : float.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static int Digits(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            value = value * 10 + (c - '0');
        }

        return value;
    }

    // Loaded on first use, once, by the runtime's type initialisation (thread-safe).
    private static class Holder
    {
        public static readonly NameLists Instance = Load();
    }
}
