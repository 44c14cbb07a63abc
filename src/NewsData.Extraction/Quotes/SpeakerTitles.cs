using System;
using System.Collections.Generic;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Quotes;

/// <summary>What the article says about a person's gender, for resolving "he" and "she".</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// Titles before a speaker's name: the entity recognizer's (<see cref="Lexeme.Titles"/>) and the
/// attribution titles of SpeakerTitles.tsv ("Sen.", "Campaign Manager"), with the gender a title
/// states ("Mrs.", "Congressman").
/// </summary>
internal static class SpeakerTitles
{
    private static readonly (Dictionary<string, string[][]> ByFirstWord, Dictionary<string, Gender> Genders, HashSet<string> PartOfName) Table = Load();

    /// <summary>How many tokens at <paramref name="at"/> (before <paramref name="end"/>) are a title, dots included ("Sen", "."); 0 if none.</summary>
    public static int Length(List<Token> tokens, int at, int end)
    {
        // Every title is written with a capital ("Sen.", "Campaign Manager"): other words answer at once.
        if (at >= end || !tokens[at].IsCapitalized)
        {
            return 0;
        }

        var length = EntityRecognizer.MatchTitle(tokens, at, end);
        if (Table.ByFirstWord.TryGetValue(tokens[at].Text, out var own))
        {
            length = Math.Max(length, EntityRecognizer.MatchTitle(tokens, at, end, own));
        }

        return length;
    }

    /// <summary>Whether the title is part of how a person is named: "Lord Reed", not "Mr. Gray".</summary>
    public static bool IsPartOfName(string title) => Table.PartOfName.Contains(title);

    /// <summary>The gender a title states ("Mrs" → female), from its first word; unknown for most.</summary>
    public static Gender GenderOf(string title) => Table.Genders.TryGetValue(title, out var gender) ? gender : Gender.Unknown;

    private static (Dictionary<string, string[][]>, Dictionary<string, Gender>, HashSet<string>) Load()
    {
        var lists = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        var partOfName = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("NewsData.Extraction.Quotes.SpeakerTitles.tsv"))
        {
            var words = row[0].Split(' ');
            if (!lists.TryGetValue(words[0], out var list))
            {
                lists[words[0]] = list = new List<string[]>();
            }

            list.Add(words);
            var gender = row.Length > 1 ? row[1] switch { "m" => Gender.Male, "f" => Gender.Female, _ => Gender.Unknown } : Gender.Unknown;
            if (gender != Gender.Unknown)
            {
                genders[row[0]] = gender;
            }

            if (row.Length > 2 && row[2] == "name")
            {
                partOfName.Add(row[0]);
            }
        }

        // Longest first, as the recognizer keeps its own: the first title that matches is the longest.
        var byFirstWord = new Dictionary<string, string[][]>(StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            pair.Value.Sort((a, b) => b.Length.CompareTo(a.Length));
            byFirstWord[pair.Key] = pair.Value.ToArray();
        }

        return (byFirstWord, genders, partOfName);
    }
}

/// <summary>
/// The gender a given name says, when its bearers are almost all women or almost all men: the share
/// of girls among US births with that name (Gazetteers/given-names.tsv, SSA, read by
/// <see cref="NameLists"/>). It decides "he" or "she" only where the article itself does not.
/// </summary>
internal static class GivenNameGender
{
    /// <summary>A name this one-sided (nine births in ten or more) says the gender; "Jordan" or "Alex" says nothing.</summary>
    private const float Decisive = 0.9f;

    public static Gender Of(string givenName) => NameLists.Default.FemaleShare(givenName) switch
    {
        >= Decisive => Gender.Female,
        <= 1 - Decisive => Gender.Male,
        _ => Gender.Unknown,
    };
}
