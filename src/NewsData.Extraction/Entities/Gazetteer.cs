using System;
using System.Collections.Generic;
using System.Text;
using NewsData.Extraction.Publishers;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Entities;

/// <summary>
/// Known names: countries with their other names, capitals and demonyms (Gazetteers/countries.tsv,
/// derived from world-countries, ODbL), first-level regions and large cities (Gazetteers/places.tsv,
/// GeoNames, CC BY), international bodies and world regions (short curated lists), publishers and
/// news agencies (Publishers/KnownPublishers.tsv), and unambiguous football clubs and large companies
/// (Gazetteers/known-organizations.tsv, openfootball, CC0, and the S&amp;P 500, PDDL). Matching is on whole tokens,
/// case-sensitive, longest phrase first.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, List<(string[] Words, GazetteerEntry Entry)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerPhrases> _phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);

    private Gazetteer()
    {
    }

    public static Gazetteer Default { get; } = Load();

    /// <summary>The longest known phrase starting at <paramref name="index"/>: how many tokens it covers, and what it names.</summary>
    // The token's lexeme remembers its phrases (this is the only gazetteer): no lookup per word.
    public (int Length, GazetteerEntry Entry)? Match(List<Token> tokens, int index) => tokens[index].Lexeme.GazetteerPhrases.Match(tokens, index);

    /// <summary>The known phrases whose first word is <paramref name="word"/>, longest first; null when there are none.</summary>
    public GazetteerPhrases? PhrasesStartingWith(string word) =>
        _phrases.TryGetValue(word, out var phrases) ? phrases : null;

    /// <summary>The entry for an exact name, if the gazetteer knows it.</summary>
    public GazetteerEntry? Find(string name)
    {
        var tokens = Tokenizer.Tokenize(name, 0, name.Length);
        return tokens.Count > 0 && Match(tokens, 0) is { } match && match.Length == tokens.Count ? match.Entry : null;
    }

    private void Add(string phrase, GazetteerEntry entry)
    {
        AddExact(phrase, entry);
        var plain = NameFolding.WithoutDiacritics(phrase);
        if (plain != phrase)
        {
            AddExact(plain, entry);
        }
    }


    private void AddExact(string phrase, GazetteerEntry entry) => AddWords(Tokenizer.Texts(phrase), entry);

    private void AddWords(string[] words, GazetteerEntry entry)
    {
        if (words.Length == 0)
        {
            return;
        }

        // First definition wins: countries before capitals before bodies before publishers before clubs.
        // A set of the phrases seen, not a scan of the list: "FC" alone starts 883 club names.
        if (!_added.Add(string.Join("\u0001", words)))
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = new List<(string[], GazetteerEntry)>();
        }

        list.Add((words, entry));
    }

    private static Gazetteer Load()
    {
        var gazetteer = new Gazetteer();
        foreach (var columns in EmbeddedTable.Rows(Resource("countries.tsv")))
        {
            var country = columns[0];
            gazetteer.Add(country, Entry(country, EntityKind.Location, false, country));
            foreach (var alias in EmbeddedTable.Items(columns, 1))
            {
                gazetteer.Add(alias, Entry(country, EntityKind.Location, false, alias));
            }

            foreach (var capital in EmbeddedTable.Items(columns, 2))
            {
                gazetteer.Add(capital, Entry(capital, EntityKind.Location, false, capital));
            }

            foreach (var demonym in EmbeddedTable.Items(columns, 3))
            {
                gazetteer.Add(demonym, new GazetteerEntry(country, EntityKind.Location, IsDemonym: true, IsAcronym: false));
            }
        }

        foreach (var (file, kind) in new[] { ("regions.tsv", EntityKind.Location), ("organizations.tsv", EntityKind.Organization) })
        {
            foreach (var columns in EmbeddedTable.Rows(Resource(file)))
            {
                gazetteer.Add(columns[0], Entry(columns[0], kind, false, columns[0]));
                foreach (var alias in EmbeddedTable.Items(columns, 1))
                {
                    gazetteer.Add(alias, Entry(columns[0], kind, false, alias));
                }
            }
        }

        // Regions and large cities whose names are no common given names (places.tsv, GeoNames): after
        // the countries, capitals and curated regions and bodies, whose names win ("Gaza" is the Gaza
        // Strip, not the city).
        foreach (var (name, _) in NameLists.Default.CertainPlaces)
        {
            gazetteer.Add(name, Entry(name, EntityKind.Location, false, name));
        }

        foreach (var (name, aliases) in PublisherDirectory.Default.Names())
        {
            gazetteer.Add(name, Entry(name, EntityKind.Organization, false, name) with { IsPublisher = true });
            foreach (var alias in aliases)
            {
                gazetteer.Add(alias, Entry(name, EntityKind.Organization, false, alias) with { IsPublisher = true });
            }
        }

        // Clubs and companies last: a country, place, body or publisher of the same name wins.
        // Split at spaces, not tokenized or normalised: the list gives each name's plain spelling as a row
        // of its own, and 10,000 names through the tokenizer and Unicode normalisation cost half a second
        // in a cold compiler. The price: the few names with a possessive ("Newell's Old Boys") never match.
        foreach (var name in NameLists.Default.CertainOrganizations)
        {
            gazetteer.AddWords(name.Split(' '), Entry(name, EntityKind.Organization, false, name));
        }

        foreach (var pair in gazetteer._byFirstWord)
        {
            // Longest first, once, keeping the order of equal lengths (a stable sort).
            var longestFirst = new List<(string[] Words, GazetteerEntry Entry)>(pair.Value.Count);
            longestFirst.AddRange(System.Linq.Enumerable.OrderByDescending(pair.Value, p => p.Words.Length));
            gazetteer._phrases[pair.Key] = new GazetteerPhrases(longestFirst);
        }

        gazetteer._added.Clear();

        return gazetteer;
    }

    private static string Resource(string file) => "NewsData.Extraction.Gazetteers." + file;

    private static GazetteerEntry Entry(string canonical, EntityKind kind, bool isDemonym, string phrase) =>
        new(canonical, kind, isDemonym, IsAcronym(phrase));

    private static bool IsAcronym(string phrase)
    {
        var letters = 0;
        foreach (var c in phrase)
        {
            if (char.IsLower(c) || c == ' ')
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters is >= 2 and <= 6;
    }


}
