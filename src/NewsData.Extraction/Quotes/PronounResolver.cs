using System;
using System.Collections.Generic;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// Resolves "he", "she" and "they" in an attribution from the article's own evidence. Walking back
/// sentence by sentence from the pronoun (never into quoted words), the first sentence that names a
/// compatible person decides, its subject first: in "Verhoeven attacked Lind. “…,” he said." he is
/// Verhoeven. "He" and "she" never mean an organisation; they skip a person whose gender the article
/// states otherwise (Mr., Mrs., "Congresswoman", an earlier "she" for them, or the given-name seam
/// <see cref="GivenNameGender"/>). "They" means an organisation that is the subject of the sentence
/// before. Nothing compatible within a few sentences leaves the speaker unknown.
/// </summary>
internal sealed class PronounResolver
{
    /// <summary>How many sentences back an antecedent may stand, across at most two paragraph breaks.</summary>
    private const int MaxSentences = 6;

    private const int MaxParagraphsBack = 2;

    private readonly SpeakerEntities _speakers;
    private readonly Dictionary<EntityDraft, Gender> _genders = new();
    private readonly List<Mention> _candidates = new();

    public PronounResolver(SpeakerEntities speakers) => _speakers = speakers;

    /// <summary>Records what the article says about a person's gender (a title in an attribution, a resolved pronoun).</summary>
    public void Learn(EntityDraft person, Gender gender)
    {
        if (gender != Gender.Unknown && person.Kind == EntityKind.Person)
        {
            _genders[person] = gender;
        }
    }

    public EntityDraft? Resolve(string pronoun, IReadOnlyList<Paragraph> paragraphs, int paragraph, int token)
    {
        var wanted = pronoun switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
        var plural = pronoun == "they";
        var sentences = 0;
        var candidates = _candidates;
        for (var p = paragraph; p >= 0 && p >= paragraph - MaxParagraphsBack && sentences < MaxSentences; p--)
        {
            var current = paragraphs[p];
            if (current.Segment.Kind != SegmentKind.Prose)
            {
                continue;
            }

            var tokens = current.Tokens;
            var i = p == paragraph ? Math.Min(token, tokens.Count) - 1 : tokens.Count - 1;
            while (i >= 0 && sentences < MaxSentences)
            {
                // One sentence, read backwards: [first, i].
                var first = i;
                while (first > 0 && tokens[first - 1].Sentence == tokens[i].Sentence)
                {
                    first--;
                }

                sentences++;
                candidates.Clear();
                CollectMentions(current, first, i + 1, candidates);
                if (Choose(candidates, tokens, wanted, plural) is { } chosen)
                {
                    return chosen;
                }

                // "Bayern coach Thomas Tuchel praised the captain. “…,” he said.": a sentence that names no
                // one known may still open with a person's name, which "he" or "she" makes a person.
                if (!plural && candidates.Count == 0 && sentences <= 2 && _speakers.NameOpening(current, first, i + 1) is { } opener)
                {
                    return opener;
                }

                if (plural)
                {
                    return null; // "they" looks one sentence back only
                }

                i = first - 1;
            }
        }

        return null;
    }

    /// <summary>The subject (the sentence's first name) if compatible, else the most recent compatible one.</summary>
    private EntityDraft? Choose(List<Mention> candidates, List<Token> tokens, Gender wanted, bool plural)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        if (plural)
        {
            return candidates[0].Entity.Kind == EntityKind.Organization ? candidates[0].Entity : null;
        }

        if (IsCompatible(candidates[0].Entity, wanted))
        {
            return candidates[0].Entity;
        }

        for (var k = candidates.Count - 1; k > 0; k--)
        {
            if (IsCompatible(candidates[k].Entity, wanted))
            {
                return candidates[k].Entity;
            }
        }

        return null;
    }

    private bool IsCompatible(EntityDraft entity, Gender wanted)
    {
        if (entity.Kind != EntityKind.Person)
        {
            return false;
        }

        var gender = GenderOf(entity);
        return gender == Gender.Unknown || wanted == Gender.Unknown || gender == wanted;
    }

    private Gender GenderOf(EntityDraft person)
    {
        if (_genders.TryGetValue(person, out var gender))
        {
            return gender;
        }

        var space = person.Name.IndexOf(' ');
        return space > 0 ? GivenNameGender.Of(person.Name.Substring(0, space)) : Gender.Unknown;
    }

    /// <summary>The named entities in tokens [from, to) outside quotes, in text order, learning genders from titles on the way.</summary>
    private void CollectMentions(Paragraph paragraph, int from, int to, List<Mention> found)
    {
        var tokens = paragraph.Tokens;
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsCapitalized || _speakers.MentionAt(tokens[i].Start) is not { } mention || paragraph.IsQuoted(i))
            {
                continue;
            }

            if (found.Count == 0 || found[found.Count - 1] != mention)
            {
                found.Add(mention);
                var title = i >= 2 && tokens[i - 1].Text == "." ? tokens[i - 2].Text : i >= 1 ? tokens[i - 1].Text : string.Empty;
                Learn(mention.Entity, SpeakerTitles.GenderOf(title));
            }

            while (i + 1 < to && tokens[i + 1].Start < mention.End)
            {
                i++;
            }
        }
    }
}
