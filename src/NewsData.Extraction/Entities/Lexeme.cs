using NewsData.Extraction.Quotes;

namespace NewsData.Extraction.Entities;

/// <summary>
/// One distinct word or mark, shared by every token spelled the same way on a thread
/// (<see cref="LexemeTable"/>), with the facts about its spelling that recognition asks for again
/// and again: its shape, computed once, and its word lists and gazetteer phrases, looked up on first
/// use. Every word of every article was a dictionary lookup per question before; now it is one per
/// distinct word. The facts depend on the spelling alone, so sharing never changes a result.
/// </summary>
/// <remarks>
/// Single ASCII characters are shared by every thread. Two threads may then compute the same fact at
/// once; both write the same value, so the race is harmless and no lock is needed.
/// </remarks>
internal sealed class Lexeme
{
    private static readonly string[][] NoTitles = new string[0][];

    private GazetteerPhrases? _phrases;
    private string[][]? _titles;
    private Lists _lists;

    public Lexeme(string text)
    {
        Text = text;
        StartsUpper = text.Length > 0 && char.IsUpper(text[0]);
        IsAllCapsShape = text.Length >= 2 && !HasLower(text);
        HasCapitalAfterHyphen = !StartsUpper && CapitalAfterHyphen(text);
    }

    [System.Flags]
    private enum Lists : ushort
    {
        Known = 1,
        ReportingVerb = 1 << 1,
        Connector = 1 << 2,
        NeverName = 1 << 3,
        OrganizationSuffix = 1 << 4,
        PlaceHead = 1 << 5,
        PlaceNoun = 1 << 6,
        RoleNoun = 1 << 7,
        OrganizationRoleNoun = 1 << 8,
        Compass = 1 << 9,
    }

    public string Text { get; }

    /// <summary>The tagger's coarse class of this spelling (<see cref="Tagging.TaggerFeatures.ShapeClass"/>), once computed, plus one.</summary>
    internal byte TaggerShape { get; set; }

    /// <summary>The name tagger's summed weights for this spelling (<see cref="Tagging.TaggerModel.ScoresOf"/>), once computed.</summary>
    internal float[]? TaggerScores { get; set; }

    /// <summary>The first character is upper case.</summary>
    public bool StartsUpper { get; }

    /// <summary>Two characters or more and none of them lower case.</summary>
    public bool IsAllCapsShape { get; }

    /// <summary>Lower case at first, a capital after a hyphen: "al-Qaida", "al-Shabab", "bin-Laden" ("pro-Russian" too).</summary>
    public bool HasCapitalAfterHyphen { get; }

    public bool IsReportingVerb => Has(Lists.ReportingVerb);

    /// <summary>"of", "the", "al"…: joins the words of a name (<see cref="Vocabulary.Connectors"/>).</summary>
    public bool IsConnector => Has(Lists.Connector);

    public bool IsNeverName => Has(Lists.NeverName);

    /// <summary>"Office", "Party", "Agency"…: ends an organisation's name.</summary>
    public bool IsOrganizationSuffix => Has(Lists.OrganizationSuffix);

    public bool IsPlaceHead => Has(Lists.PlaceHead);

    public bool IsPlaceNoun => Has(Lists.PlaceNoun);

    public bool IsRoleNoun => Has(Lists.RoleNoun);

    public bool IsOrganizationRoleNoun => Has(Lists.OrganizationRoleNoun);

    public bool IsCompass => Has(Lists.Compass);

    /// <summary>The titles that start with this word ("Prime" for "Prime Minister"), without dots, in <see cref="Vocabulary.Titles"/> order.</summary>
    public string[][] Titles => _titles ??= Vocabulary.TitlesByFirstWord.TryGetValue(Text, out var titles) ? titles : NoTitles;

    /// <summary>False when no gazetteer phrase starts with this word: the common case, answered without a list.</summary>
    /// <remarks>
    /// The gazetteer keeps phrases only for words that start one, so any other word has
    /// <see cref="GazetteerPhrases.None"/>. Comparing with it spares the tokenizer, which asks of every word,
    /// reading the phrase list's count through two more objects.
    /// </remarks>
    public bool StartsGazetteerPhrase => !ReferenceEquals(GazetteerPhrases, GazetteerPhrases.None);

    /// <summary>The gazetteer's phrases that start with this word, longest first.</summary>
    public GazetteerPhrases GazetteerPhrases =>
        _phrases ??= Gazetteer.Default.PhrasesStartingWith(Text) ?? GazetteerPhrases.None;

    private bool Has(Lists list)
    {
        if (_lists == 0)
        {
            _lists = Lists.Known
                | (ReportingVerbs.IsReportingVerb(Text) ? Lists.ReportingVerb : 0)
                | (Vocabulary.Connectors.Contains(Text) ? Lists.Connector : 0)
                | (Vocabulary.NeverNames.Contains(Text) ? Lists.NeverName : 0)
                | (Vocabulary.OrganizationSuffixes.Contains(Text) ? Lists.OrganizationSuffix : 0)
                | (Vocabulary.PlaceHeads.Contains(Text) ? Lists.PlaceHead : 0)
                | (Vocabulary.PlaceNouns.Contains(Text) ? Lists.PlaceNoun : 0)
                | (Vocabulary.RoleNouns.Contains(Text) ? Lists.RoleNoun : 0)
                | (Vocabulary.OrganizationRoleNouns.Contains(Text) ? Lists.OrganizationRoleNoun : 0)
                | (Vocabulary.Compass.Contains(Text) ? Lists.Compass : 0);
        }

        return (_lists & list) != 0;
    }

    private static bool CapitalAfterHyphen(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == '-' && char.IsUpper(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;
}
