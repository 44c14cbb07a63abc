using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsData.Extraction.Entities;

/// <summary>The recogniser's last pass: short forms that name an entity already named in full.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// A one-word person ("Corbyn", "Mr. Haddad" read as "Haddad", "Harry") is the article's only
    /// person whose full name ends or starts with that word, when there is exactly one: its mentions
    /// and forms join that person. Found apart when the short form came first, or was found by
    /// another pass than the full name.
    /// </summary>
    private void JoinNameChains()
    {
        List<(EntityDraft Person, string[] Words)>? people = null;
        foreach (var entity in _entities.Values)
        {
            if (entity.Kind == EntityKind.Person && !entity.FromGazetteer)
            {
                (people ??= new List<(EntityDraft, string[])>()).Add((entity, NameWords(entity.Name)));
            }
        }

        if (people is null || people.Count < 2)
        {
            return;
        }

        foreach (var (person, words) in people)
        {
            if (words.Length != 1)
            {
                continue;
            }

            EntityDraft? full = null;
            var matches = 0;
            foreach (var (other, otherWords) in people)
            {
                if (otherWords.Length >= 2 && (otherWords[otherWords.Length - 1] == words[0] || otherWords[0] == words[0]))
                {
                    full = other;
                    matches++;
                }
            }

            if (matches == 1)
            {
                Merge(person, full!);
            }
        }
    }

    /// <summary>
    /// "the Authority", "the Commission": after an organisation named in full whose name ends in that
    /// word, and when no other organisation of the article does, the capitalised head alone is it.
    /// </summary>
    private void MarkOrganizationShortForms()
    {
        Dictionary<string, EntityDraft?>? byHead = null;
        foreach (var entity in _entities.Values)
        {
            if (entity.Kind != EntityKind.Organization || entity.FromGazetteer)
            {
                continue;
            }

            var words = NameWords(entity.Name);
            if (words.Length >= 2 && Vocabulary.OrganizationSuffixes.Contains(words[words.Length - 1]))
            {
                byHead ??= new Dictionary<string, EntityDraft?>(StringComparer.Ordinal);
                var head = words[words.Length - 1];
                byHead[head] = byHead.ContainsKey(head) ? null : entity; // two with one head: neither
            }
        }

        if (byHead is null)
        {
            return;
        }

        // The tagger may have taken the head alone for a name of its own: it joins the full name.
        foreach (var entity in _entities.Values.ToList())
        {
            if (entity.Kind == EntityKind.Organization && !entity.FromGazetteer && byHead.TryGetValue(entity.Name, out var full) && full is not null && full != entity)
            {
                Merge(entity, full);
            }
        }

        foreach (var (segment, tokens, covered) in _segments)
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (covered[i] || !tokens[i].IsCapitalized || !(tokens[i - 1].Text is "the" or "The")
                    || !byHead.TryGetValue(tokens[i].Text, out var organization) || organization is null
                    || (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized) || organization.FirstMention > tokens[i].Start)
                {
                    continue;
                }

                AddMention(organization, tokens[i].Start, tokens[i].End);
                covered[i] = true;
            }
        }
    }

    private static string[] NameWords(string name)
    {
        var tokens = Tokenizer.Tokenize(name, 0, name.Length);
        var words = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                words.Add(token.Text);
            }
        }

        return words.ToArray();
    }

    /// <summary>Moves every mention and form of <paramref name="from"/> to <paramref name="into"/>, and forgets <paramref name="from"/>.</summary>
    private void Merge(EntityDraft from, EntityDraft into)
    {
        foreach (var form in from.Forms)
        {
            if (!into.Forms.Contains(form))
            {
                into.Forms.Add(form);
            }

            _byFoldedForm[form] = into;
        }

        foreach (var mention in from.Mentions)
        {
            var moved = new Mention(into, mention.Start, mention.End);
            into.Mentions.Add(moved);
            Replace(_mentions, mention, moved);
            Replace(_added, mention, moved);
        }

        into.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        _entities.Remove((from.Name, from.Kind));
        _sorted = null;
        foreach (var pair in Descriptors.Where(d => d.Value == from).ToList())
        {
            Descriptors[pair.Key] = into;
        }
    }

    private static void Replace(List<Mention> mentions, Mention old, Mention replacement)
    {
        var at = mentions.IndexOf(old);
        if (at >= 0)
        {
            mentions[at] = replacement;
        }
    }
}
