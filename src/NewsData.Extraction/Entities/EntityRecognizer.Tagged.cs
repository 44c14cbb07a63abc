using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Entities.Tagging;

namespace NewsData.Extraction.Entities;

/// <summary>The recogniser's statistical pass: the names the tagger finds where no rule vouched, and the dateline.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// The names the statistical tagger finds among the tokens no rule has claimed: people,
    /// organisations and places with no title, cue word or gazetteer entry to vouch for them. Names
    /// of other kinds ("Iranian", "Olympics") are left alone, and so are ALL-CAPS lines, whose
    /// capitals say nothing.
    /// </summary>
    /// <param name="tokens">One prose segment's tokens.</param>
    /// <param name="covered">Which tokens a mention already covers.</param>
    /// <param name="found">Where the entities the tagger adds are listed.</param>
    private void MatchTaggedNames(List<Token> tokens, bool[] covered, List<EntityDraft> found)
    {
        if (TaggerModel.Default is not { } model || IsMostlyAllCaps(tokens))
        {
            return;
        }

        var tags = _tags.Length >= tokens.Count ? _tags : _tags = new NameTag[Math.Max(tokens.Count, 2 * _tags.Length)];
        NameTagger.Tag(model, tokens, tags, _history ??= new NameHistory());
        foreach (var (start, spanEnd, kind) in NameTagger.Spans(tags, tokens.Count))
        {
            // A connector the tagger took into a name whose next word it then left out ends no name.
            var end = spanEnd;
            while (end - start > 1 && !tokens[end - 1].IsCapitalized)
            {
                end--;
            }

            if (NameTags.EntityKindOf(kind) is not { } entityKind || IsAnyCovered(covered, start, end) || !IsPlausibleName(tokens, start, end, entityKind))
            {
                continue;
            }

            // One capitalised word at a sentence start is a name only if the article capitalises it
            // elsewhere too ("Dock workers walked out" against "Stam said… the union's Stam").
            if (end - start == 1 && tokens[start].SentenceStart && !CapitalisedElsewhere().Contains(tokens[start].Text))
            {
                continue;
            }

            var name = _text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
            var entity = Get(name, entityKind, fromGazetteer: false);
            AddMention(entity, tokens[start].Start, tokens[end - 1].End);
            Cover(covered, start, end - start);
            if (!found.Contains(entity))
            {
                found.Add(entity);
            }
        }
    }

    /// <summary>
    /// What the tagger proposes but a name is not: a lone short, never-name or common lower-case word, a word in
    /// capitals longer than an acronym (a dateline's "WASHINGTON"), or an organisation ending in a
    /// title ("Senate Majority Leader" before the leader's name).
    /// </summary>
    private static bool IsPlausibleName(List<Token> tokens, int start, int end, EntityKind kind)
    {
        if (end - start == 1 && (tokens[start].Text.Length < 2 || tokens[start].Lexeme.IsNeverName || tokens[start].Lexeme.Titles.Length > 0))
        {
            return false;
        }

        // "Late on Monday, Analysts said…": one word that news writes in lower case is no name by its capital alone.
        if (end - start == 1 && !tokens[start].IsAllCaps && NameLists.Default.IsCommonWord(Text.AsciiCase.ToLower(tokens[start].Text)))
        {
            return false;
        }

        if (end - start == 1 && tokens[start].IsAllCaps && tokens[start].Text.Length > 5)
        {
            return false;
        }

        // "(WEST ASIA NEWS AGENCY)": words inside a stretch of capitals are not told apart by their case.
        if (IsAllCaps(tokens, start, end) && ((start >= 1 && tokens[start - 1].IsAllCaps) || (end < tokens.Count && tokens[end].IsAllCaps)))
        {
            return false;
        }

        return !(kind == EntityKind.Organization && tokens[end - 1].Lexeme.Titles.Length > 0 && end < tokens.Count && tokens[end].IsCapitalized);
    }

    /// <summary>
    /// The words an article capitalises where case means something, gathered once per article when
    /// first asked: inside a sentence, in a headline written in sentence case, or at two sentence starts
    /// or more and never in lower case ("Airbus raised…", "Airbus said…").
    /// </summary>
    private HashSet<string> CapitalisedElsewhere()
    {
        if (_capitalisedElsewhere is not null)
        {
            return _capitalisedElsewhere;
        }

        // Capitalised words only, first: most articles then need no second look at their lower-case words.
        var found = new HashSet<string>(StringComparer.Ordinal);
        var atStarts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (segment, tokens, _) in _segments)
        {
            var sentenceCase = segment.Kind == SegmentKind.Headline && HasLowerCaseWord(tokens);
            if (segment.Kind != SegmentKind.Prose && !sentenceCase)
            {
                continue;
            }

            foreach (var token in tokens)
            {
                if (!token.IsWord || !token.IsCapitalized)
                {
                    continue;
                }

                if (!token.SentenceStart || sentenceCase)
                {
                    found.Add(token.Text);
                }
                else
                {
                    atStarts[token.Text] = atStarts.TryGetValue(token.Text, out var count) ? count + 1 : 1;
                }
            }
        }

        HashSet<string>? repeated = null;
        foreach (var pair in atStarts)
        {
            if (pair.Value >= 2 && !found.Contains(pair.Key))
            {
                (repeated ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(pair.Key);
            }
        }

        if (repeated is not null)
        {
            foreach (var (segment, tokens, _) in _segments)
            {
                foreach (var token in tokens)
                {
                    if (token.IsWord && !token.IsCapitalized && repeated.Remove(token.Text) && repeated.Count == 0)
                    {
                        break;
                    }
                }
            }

            found.UnionWith(repeated);
        }

        return _capitalisedElsewhere = found;
    }

    private static bool HasLowerCaseWord(List<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord && !token.IsCapitalized && !token.Lexeme.IsConnector && token.Text.Length > 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCaps(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsAllCaps)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAnyCovered(bool[] covered, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (covered[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "VIENNA — Austrian Chancellor…", "NEW YORK (Reuters) -": a paragraph opening with a place in
    /// capitals and a dash, bracket or comma is a dateline; the place is any known country, capital,
    /// city or region, ambiguous names included, since a dateline names a place.
    /// </summary>
    private void MatchDateline(List<Token> tokens, bool[] covered)
    {
        var end = 0;
        while (end < tokens.Count && end < 3 && tokens[end].IsWord && tokens[end].IsAllCaps)
        {
            end++;
        }

        if (end == 0 || end >= tokens.Count || covered[0] || !(tokens[end].Text is "—" or "–" or "-" or "(" or ","))
        {
            return;
        }

        var written = _text.Substring(tokens[0].Start, tokens[end - 1].End - tokens[0].Start);
        var name = People.NameCase.Normalize(written);
        var known = Gazetteer.Default.Find(name);
        if (known is { Kind: EntityKind.Location, IsDemonym: false } || (end == 1 && NameLists.Default.PlaceWordOf(name) != NameLists.WordInName.None))
        {
            AddMention(Get(known?.Canonical ?? name, EntityKind.Location, fromGazetteer: true), tokens[0].Start, tokens[end - 1].End);
            Cover(covered, 0, end);
        }
    }
}
