using System.Collections.Generic;
using NewsData.Extraction.Quotes;

namespace NewsData.Extraction.Entities;

/// <summary>
/// One distinct word or mark, shared by every token spelled the same way on a thread
/// (<see cref="LexemeTable"/>), with the facts about its spelling that recognition asks for again
/// and again: its shape, computed once, and its word lists and gazetteer phrases, looked up on first
/// use. Every word of every article was a dictionary lookup per question before; now it is one per
/// distinct word. The facts depend on the spelling alone, so sharing never changes a result.
/// </summary>
internal sealed class Lexeme
{
    private static readonly List<(string[] Words, GazetteerEntry Entry)> NoPhrases = new();

    private List<(string[] Words, GazetteerEntry Entry)>? _phrases;
    private Lists _lists;

    public Lexeme(string text)
    {
        Text = text;
        StartsUpper = text.Length > 0 && char.IsUpper(text[0]);
        IsAllCapsShape = text.Length >= 2 && !HasLower(text);
    }

    [System.Flags]
    private enum Lists : byte
    {
        Known = 1,
        ReportingVerb = 2,
        Connector = 4,
        NeverName = 8,
    }

    public string Text { get; }

    /// <summary>The first character is upper case.</summary>
    public bool StartsUpper { get; }

    /// <summary>Two characters or more and none of them lower case.</summary>
    public bool IsAllCapsShape { get; }

    public bool IsReportingVerb => Has(Lists.ReportingVerb);

    /// <summary>"of", "the", "al"…: joins the words of a name (<see cref="Vocabulary.Connectors"/>).</summary>
    public bool IsConnector => Has(Lists.Connector);

    public bool IsNeverName => Has(Lists.NeverName);

    /// <summary>The gazetteer's phrases that start with this word, longest first.</summary>
    public List<(string[] Words, GazetteerEntry Entry)> GazetteerPhrases =>
        _phrases ??= Gazetteer.Default.PhrasesStartingWith(Text) ?? NoPhrases;

    private bool Has(Lists list)
    {
        if (_lists == 0)
        {
            _lists = Lists.Known
                | (ReportingVerbs.IsReportingVerb(Text) ? Lists.ReportingVerb : 0)
                | (Vocabulary.Connectors.Contains(Text) ? Lists.Connector : 0)
                | (Vocabulary.NeverNames.Contains(Text) ? Lists.NeverName : 0);
        }

        return (_lists & list) != 0;
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
