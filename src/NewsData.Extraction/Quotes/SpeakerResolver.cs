using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// Turns the phrase in an attribution's speaker slot into the entity that spoke: a name becomes its
/// entity (made by <see cref="SpeakerEntities"/> when the article had no other evidence for it), a
/// pronoun its antecedent (<see cref="PronounResolver"/>), and a description ("the Iranian president",
/// "the company") the person or organisation the article introduced with it. "I", "we" and
/// descriptions that name no one ("officials", "a spokesman") have no speaker.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>How many paragraphs back "the company" may find its organisation.</summary>
    private const int DescriptionParagraphs = 4;

    private readonly EntityRecognizer _recognizer;
    private readonly SpeakerEntities _speakers;
    private readonly PronounResolver _pronouns;

    public SpeakerResolver(EntityRecognizer recognizer, SpeakerEntities speakers)
    {
        _recognizer = recognizer;
        _speakers = speakers;
        _pronouns = new PronounResolver(speakers);
    }

    /// <summary>The entities made from attributions, for evidence the clauses give about them.</summary>
    public SpeakerEntities Speakers => _speakers;

    public EntityDraft? Resolve(IReadOnlyList<Paragraph> paragraphs, int paragraph, Frame frame)
    {
        var tokens = paragraphs[paragraph].Tokens;
        var phrase = SpeakerPhrase.Read(tokens, frame.PhraseStart, frame.PhraseEnd);
        switch (phrase.Kind)
        {
            case PhraseKind.Name:
                var entity = _speakers.For(tokens, phrase.Start, phrase.End, phrase.TitleStart, phrase.AppositionHead);
                if (entity is null)
                {
                    return Described(paragraphs, paragraph, tokens, phrase, frame.PhraseEnd); // "Analysts at Deutsche Bank"
                }

                for (var i = phrase.TitleStart; i < phrase.Start; i++)
                {
                    _pronouns.Learn(entity, SpeakerTitles.GenderOf(tokens[i].Text));
                }

                return entity;
            case PhraseKind.Pronoun:
                var pronoun = phrase.Pronoun(tokens);
                var antecedent = _pronouns.Resolve(pronoun, paragraphs, paragraph, phrase.Start);
                if (antecedent is not null)
                {
                    _pronouns.Learn(antecedent, pronoun == "he" ? Gender.Male : pronoun == "she" ? Gender.Female : Gender.Unknown);
                }

                return antecedent;
            case PhraseKind.Description:
                return Described(paragraphs, paragraph, tokens, phrase, frame.PhraseEnd);
            default:
                return null;
        }
    }

    /// <summary>
    /// "the Iranian president" → the person introduced as "Iranian President Ebrahim Raisi"; "the
    /// agency" → the last organisation named with that word ("the European Space Agency"); "the
    /// company" or "the group" → the last organisation named in the paragraphs before.
    /// </summary>
    private EntityDraft? Described(IReadOnlyList<Paragraph> paragraphs, int paragraph, List<Token> tokens, SpeakerPhrase phrase, int phraseEnd)
    {
        // "Analysts at Deutsche Bank", "a spokesman for the ministry": they speak for the organisation named.
        for (var i = phrase.End; i + 1 < phraseEnd; i++)
        {
            if (tokens[i].Text is "at" or "for" or "from" or "of" && _speakers.MentionAt(tokens[i + 1].Start) is { Entity.Kind: EntityKind.Organization } named)
            {
                return named.Entity;
            }

            if (tokens[i].Text is "at" or "for" or "from" or "of" && i + 2 < phraseEnd && tokens[i + 1].Text == "the"
                && _speakers.MentionAt(tokens[i + 2].Start) is { Entity.Kind: EntityKind.Organization } theNamed)
            {
                return theNamed.Entity;
            }
        }

        if (!tokens[phrase.Start].Is("the"))
        {
            return null; // "a spokesman", "officials": no one in particular
        }

        var words = new List<string>(phrase.End - phrase.Start);
        for (var i = phrase.Start + 1; i < phrase.End; i++)
        {
            if (tokens[i].IsWord)
            {
                words.Add(tokens[i].Text);
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var descriptor = string.Join(" ", words);
        if (_recognizer.Descriptors.TryGetValue(descriptor, out var described))
        {
            return described;
        }

        var position = tokens[phrase.Start].Start;
        if (LastTitledPersonBefore(AsciiCase.ToLower(descriptor), position) is { } titled)
        {
            return titled;
        }

        var head = phrase.Head(tokens);
        return words.Count == 1 && (Vocabulary.OrganizationRoleNouns.Contains(head) || IsOrganizationWord(head))
            ? LastOrganizationBefore(paragraphs, paragraph, head)
            : null;
    }

    /// <summary>"agency", "ministry": a word that ends organisations' names, written in lower case.</summary>
    private static bool IsOrganizationWord(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && Vocabulary.OrganizationSuffixes.Contains(char.ToUpperInvariant(word[0]) + word.Substring(1));

    /// <summary>The last organisation named (outside quotes) in this paragraph or the few before, one with the head word in its name first.</summary>
    private EntityDraft? LastOrganizationBefore(IReadOnlyList<Paragraph> paragraphs, int paragraph, string head)
    {
        EntityDraft? any = null;
        for (var p = paragraph; p >= 0 && p > paragraph - DescriptionParagraphs; p--)
        {
            var tokens = paragraphs[p].Tokens;
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (_speakers.MentionAt(tokens[i].Start) is not { Entity.Kind: EntityKind.Organization } mention || paragraphs[p].IsQuoted(i))
                {
                    continue;
                }

                if (mention.Entity.Name.IndexOf(head, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return mention.Entity;
                }

                any ??= mention.Entity;
            }
        }

        return head is "agency" or "ministry" or "department" or "office" or "court" or "party" or "union" or "council" or "committee" ? null : any;
    }

    /// <summary>The person given this title ("the prime minister") who was named last before <paramref name="position"/>.</summary>
    private EntityDraft? LastTitledPersonBefore(string title, int position) =>
        _recognizer.Entities.Where(e => e.Kind == EntityKind.Person && e.HasTitle(title))
            .Select(e => (Entity: e, Last: e.Mentions.Where(m => m.End <= position).Select(m => m.Start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0).OrderByDescending(x => x.Last).FirstOrDefault().Entity;
}
