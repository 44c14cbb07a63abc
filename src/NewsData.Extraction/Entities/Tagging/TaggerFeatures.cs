using System.Collections.Generic;
using System.Text;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Entities.Tagging;

/// <summary>Where a word stands relative to the token being tagged; each role has its own features.</summary>
internal enum FeatureRole : byte
{
    Self,
    /// <summary>Added to <see cref="Self"/> for the first word of a sentence, whose capital says little.</summary>
    SelfAtSentenceStart,
    Previous,
    BeforePrevious,
    Next,
    AfterNext,
}

/// <summary>
/// The tagger's features. Every feature depends on one word and its role alone (the word itself, the
/// word before, the one after…), so a word's contribution to every score can be summed once per
/// spelling and kept on its <see cref="Lexeme"/>; tagging a token then adds six short vectors and the
/// previous tag's row. The trainer (benchmarks/NewsData.TaggerTraining) calls the same code, so the
/// features it learnt are the ones the recogniser computes.
/// </summary>
internal static class TaggerFeatures
{
    public const int Roles = 6;

    /// <summary>The spelling that stands for "no word here" (before the first token, after the last).</summary>
    public const string Boundary = "\u0002";

    /// <summary>The hashes of <paramref name="word"/>'s features in <paramref name="role"/>.</summary>
    public static void Collect(Lexeme word, FeatureRole role, List<ulong> into)
    {
        var text = word.Text;
        if (text == Boundary)
        {
            into.Add(Hash(role, 'B', string.Empty));
            return;
        }

        var lower = AsciiCase.ToLower(text);
        var shape = Shape(text);
        switch (role)
        {
            case FeatureRole.Self:
                into.Add(Hash(role, 'b', string.Empty));
                into.Add(Hash(role, 'w', text));
                into.Add(Hash(role, 'l', lower));
                into.Add(Hash(role, 's', shape));
                if (lower.Length > 3)
                {
                    into.Add(Hash(role, 'p', lower.Substring(0, 3)));
                    into.Add(Hash(role, 'x', lower.Substring(lower.Length - 3)));
                    into.Add(Hash(role, 'y', lower.Substring(lower.Length - 2)));
                }

                AddFacts(word, role, into);
                break;
            case FeatureRole.SelfAtSentenceStart:
                into.Add(Hash(role, 's', shape));
                into.Add(Hash(role, 'l', lower));
                AddFacts(word, role, into);
                break;
            case FeatureRole.Previous:
            case FeatureRole.Next:
                into.Add(Hash(role, 'l', lower));
                into.Add(Hash(role, 's', shape));
                AddFacts(word, role, into);
                break;
            default:
                into.Add(Hash(role, 'l', lower));
                into.Add(Hash(role, 's', shape));
                break;
        }
    }

    /// <summary>The hash of "earlier in the document this spelling was mostly tagged <paramref name="answer"/>" (<see cref="NameHistory"/>).</summary>
    public static ulong History(int answer) => Hash(FeatureRole.Self, 'h', ((char)('0' + answer)).ToString());

    /// <summary>How many <see cref="ShapeClass"/> values there are.</summary>
    public const int ShapeClasses = 7;

    /// <summary>
    /// A coarse class of the word's spelling for the one feature that pairs the word with the previous
    /// tag: 0 "Raisi", 1 "IAEA", 2 "S", 3 "U.S.", 4 "al-Qaida", 5 lower case ("van", "of"), 6 anything else.
    /// </summary>
    public static int ShapeClass(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return 6;
        }

        if (char.IsLower(text[0]))
        {
            return text.IndexOf('-') > 0 && text.Length > text.IndexOf('-') + 1 && char.IsUpper(text[text.IndexOf('-') + 1]) ? 4 : 5;
        }

        if (text.Length == 1)
        {
            return 2;
        }

        if (text.IndexOf('.') >= 0)
        {
            return 3;
        }

        var upper = 0;
        foreach (var c in text)
        {
            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper == text.Length ? 1 : 0;
    }

    /// <summary>The hash of "a word of <paramref name="shapeClass"/> follows a token tagged <paramref name="previous"/>".</summary>
    public static ulong ShapeAfterTag(int shapeClass, NameTag previous) => Hash(FeatureRole.Self, 'c', ((char)('A' + shapeClass * NameTags.Count + (int)previous)).ToString());

    /// <summary>The hash of "the previous token was tagged <paramref name="previous"/>".</summary>
    public static ulong PreviousTag(NameTag previous) => Hash(FeatureRole.Self, 't', ((int)previous).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>What the word lists and gazetteers know of the word, one feature per fact.</summary>
    private static void AddFacts(Lexeme word, FeatureRole role, List<ulong> into)
    {
        var text = word.Text;
        var names = NameLists.Default;
        if (word.StartsUpper && names.IsGivenName(text))
        {
            into.Add(Hash(role, 'f', "given"));
        }

        if (word.StartsUpper && names.IsSurname(text))
        {
            into.Add(Hash(role, 'f', "surname"));
        }

        if (word.StartsUpper && names.PlaceWordOf(text) is var place and not NameLists.WordInName.None)
        {
            into.Add(Hash(role, 'f', "place" + (int)place));
        }

        if (word.StartsUpper && names.OrganizationWordOf(text) is var organization and not NameLists.WordInName.None)
        {
            into.Add(Hash(role, 'f', "org" + (int)organization));
        }

        if (word.StartsUpper && names.IsCommonWord(AsciiCase.ToLower(text)))
        {
            into.Add(Hash(role, 'f', "common"));
        }

        if (word.StartsGazetteerPhrase)
        {
            foreach (var (words, entry) in word.GazetteerPhrases)
            {
                into.Add(Hash(role, 'f', (words.Length == 1 ? "gaz1" : "gazN") + (entry.IsDemonym ? "demonym" : entry.Kind.ToString())));
                break;
            }
        }

        if (word.Titles.Length > 0)
        {
            into.Add(Hash(role, 'f', "title"));
        }

        AddIf(word.IsOrganizationSuffix, "orgsuffix");
        AddIf(word.IsPlaceHead, "placehead");
        AddIf(word.IsPlaceNoun, "placenoun");
        AddIf(word.IsRoleNoun, "rolenoun");
        AddIf(word.IsOrganizationRoleNoun, "orgrolenoun");
        AddIf(word.IsReportingVerb, "reporting");
        AddIf(word.IsNeverName, "nevername");
        AddIf(word.IsConnector, "connector");

        void AddIf(bool fact, string name)
        {
            if (fact)
            {
                into.Add(Hash(role, 'f', name));
            }
        }
    }

    /// <summary>"Raisi" → "Xx", "IAEA" → "XX", "U.S." → "X.X.", "al-Assad" → "x-Xx", "2022" → "d": runs of one class collapsed.</summary>
    public static string Shape(string text)
    {
        var shape = new StringBuilder(8);
        var last = '\0';
        foreach (var c in text)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != last)
            {
                shape.Append(s);
                last = s;
            }

            if (shape.Length >= 8)
            {
                break;
            }
        }

        return shape.ToString();
    }

    /// <summary>FNV-1a, 64 bits, over the role, the template letter and the value.</summary>
    private static ulong Hash(FeatureRole role, char template, string value)
    {
        var hash = 14695981039346656037UL;
        hash = (hash ^ (byte)role) * 1099511628211UL;
        hash = (hash ^ template) * 1099511628211UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
