using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Entities;

/// <summary>
/// The closed word classes entity typing relies on: titles before names, role nouns, words that end
/// organisation names, words that mark places, and capitalised words that are never names.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Titles written before a name ("President Ebrahim Raisi"), longest first where they overlap.</summary>
    public static readonly string[][] Titles = Split(
        "Supreme Leader", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister", "Defence Minister",
        "Defense Minister", "Finance Minister", "Interior Minister", "Secretary of State", "Secretary-General", "Secretary General",
        "Crown Prince", "Chief Executive", "President", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess", "Sheikh",
        "Emir", "Ayatollah", "Pope", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor", "General", "Gen.",
        "Colonel", "Col.", "Admiral", "Adm.", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador", "Envoy",
        "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Professor", "Judge", "Justice", "Commander", "Director",
        "Chairman", "Chairwoman", "Premier", "Speaker", "Lieutenant", "Captain", "Sergeant", "Bishop", "Rabbi", "Imam", "Coach",
        "Majority Leader", "Minority Leader", "Leader", "Councillor", "Councilor", "Councilwoman", "Councilman", "Alderman",
        "Lord", "Lady", "Sir", "Dame", "Archbishop", "Cardinal", "Sultan", "Deputy");

    /// <summary>
    /// <see cref="Titles"/> by first word, in the same order and without the abbreviation dots (the
    /// tokenizer makes "Dr." two tokens). Title matching runs at every capitalised word, so it looks up
    /// the few titles that can start there instead of trying them all.
    /// </summary>
    public static readonly Dictionary<string, string[][]> TitlesByFirstWord = IndexByFirstWord(Titles);

    /// <summary>Lower-case role nouns that introduce a name: "his Iranian counterpart Ebrahim Raisi".</summary>
    public static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "counterpart", "spokesman", "spokeswoman", "spokesperson", "leader", "minister", "president", "envoy", "ambassador",
        "official", "chief", "adviser", "advisor", "lawmaker", "senator", "governor", "mayor", "analyst", "commander", "premier",
        "chancellor", "diplomat", "negotiator", "candidate", "opposition leader", "activist", "journalist", "correspondent",
    };

    /// <summary>Lower-case nouns that introduce an organisation's name: "the broadcaster ORF", "the charity Pedal Forward".</summary>
    public static readonly HashSet<string> OrganizationRoleNouns = new(StringComparer.Ordinal)
    {
        "broadcaster", "newspaper", "journal", "magazine", "charity", "company", "firm", "carrier", "airline", "bank", "lender",
        "insurer", "retailer", "carmaker", "automaker", "manufacturer", "regulator", "watchdog", "group", "union", "party",
        "bloc", "club", "agency", "network", "platform", "app", "website", "broadcasters", "organisation", "organization",
        "foundation", "startup", "giant", "conglomerate", "militia", "movement",
    };

    /// <summary>Capitalised heads that make a name a place: "River Ouse", "Lake Geneva", "Mount Etna", "Gulf of Aden".</summary>
    public static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "River", "Lake", "Mount", "Mountains", "Gulf", "Sea", "Ocean", "Bay", "Strait", "Island", "Islands", "Valley", "Desert",
        "Peninsula", "Province", "Region", "County", "Canal", "Plateau", "Basin", "Coast",
    };

    /// <summary>Compass words that make a region of a known place: "East Africa", "Northern Ireland" is already known.</summary>
    public static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
    {
        "East", "West", "North", "South", "Central", "Eastern", "Western", "Northern", "Southern",
    };

    /// <summary>Last words of organisation names.</summary>
    public static readonly HashSet<string> OrganizationSuffixes = new(StringComparer.Ordinal)
    {
        "Agency", "Organization", "Organisation", "Office", "Ministry", "Council", "Party", "Company", "Corporation", "Corp", "Inc",
        "Ltd", "Bank", "University", "Institute", "Association", "Union", "Committee", "Commission", "Court", "Army", "Forces",
        "Group", "Post", "Times", "News", "Network", "Service", "Services", "Guard", "Corps", "Parliament", "Assembly", "Senate",
        "Congress", "Foundation", "Fund", "Authority", "Department", "Federation", "Alliance", "Front", "Movement", "Brigade",
        "Brigades", "Police", "Navy", "Airlines", "Airways", "Club", "Federal Reserve", "Treasury", "Cabinet", "Presidency",
        "TV", "Television", "Radio",
    };

    /// <summary>Lower-case words after a name that make it a place: "the Donbass region".</summary>
    public static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "region", "regions", "province", "provinces", "oblast", "district", "city", "town", "village", "governorate", "county",
        "state", "peninsula", "valley", "river", "strait", "sea", "border", "port", "airport", "island", "islands", "area",
    };

    /// <summary>Lower-case words before a list of names that make them places: "the republics of Donetsk and Lugansk".</summary>
    public static readonly string[][] PlaceIntroducers = Split(
        "republics of", "republic of", "regions of", "region of", "city of", "cities of", "town of", "towns of", "province of",
        "provinces of", "village of", "capital", "port of", "district of", "outskirts of", "areas of", "streets of");

    /// <summary>Capitalised words that are never names by themselves.</summary>
    public static readonly HashSet<string> NeverNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
        "Our", "My", "In", "On", "At", "For", "From", "By", "With", "Of", "To", "And", "But", "Or", "As", "If", "When", "While",
        "After", "Before", "Since", "During", "Late", "Early", "Last", "Next", "First", "Second", "Third", "Former", "Meanwhile",
        "However", "Also", "Earlier", "Later", "Today", "Tomorrow", "Yesterday", "Loading", "Most", "Popular", "Published",
        "Updated", "Read", "More", "Share", "Photo", "Credit", "Image", "Video", "Watch", "Advertisement", "According", "Referring",
        "Following", "Despite", "Although", "Under", "Over", "About", "Amid", "Between", "Against", "Why", "What", "How", "Who",
        "Where", "There", "Here", "Some", "Many", "All", "No", "Not", "Both", "Each", "Every", "Such", "Other", "Another", "West",
        "East", "North", "South", "Western", "Eastern", "Northern", "Southern", "Islamic", "Republic", "Revolution", "State",
        "Government", "Minister", "President", "Statement", "Report", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Mr", "Mrs", "Ms", "Dr", "Breaking", "Live", "Opinion", "Analysis", "Exclusive", "Update",
    };

    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "de", "al", "bin", "ibn", "van", "von", "der", "den", "del", "da", "di", "du", "dos", "das", "la", "le", "for" };

    private static Dictionary<string, string[][]> IndexByFirstWord(string[][] titles)
    {
        var lists = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var title in titles)
        {
            var words = Array.ConvertAll(title, word => word.TrimEnd('.'));
            if (!lists.TryGetValue(words[0], out var list))
            {
                lists[words[0]] = list = new List<string[]>();
            }

            list.Add(words);
        }

        var result = new Dictionary<string, string[][]>(StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            result[pair.Key] = pair.Value.ToArray();
        }

        return result;
    }

    private static string[][] Split(params string[] phrases)
    {
        var result = new string[phrases.Length][];
        for (var i = 0; i < phrases.Length; i++)
        {
            result[i] = phrases[i].Split(' ');
        }

        Array.Sort(result, (a, b) => b.Length.CompareTo(a.Length));
        return result;
    }
}
