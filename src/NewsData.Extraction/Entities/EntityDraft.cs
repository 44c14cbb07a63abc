using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Entities;

/// <summary>An entity while an article is read: its kind, the forms it was written in, and where.</summary>
internal sealed class EntityDraft
{
    public EntityDraft(string name, EntityKind kind, bool fromGazetteer)
    {
        Name = name;
        Kind = kind;
        FromGazetteer = fromGazetteer;
    }

    public string Name { get; set; }

    public EntityKind Kind { get; set; }

    public bool FromGazetteer { get; }

    /// <summary>Every surface form seen, demonyms and acronyms included.</summary>
    public List<string> Forms { get; } = new();

    public List<Mention> Mentions { get; } = new();

    // Made on the first title: most entities are never given one, and a set per entity was a tenth of
    // the drafts' allocation.
    private HashSet<string>? _titles;

    /// <summary>Remembers a title it was given ("president", "prime minister"), for resolving "the Iranian president".</summary>
    public void AddTitle(string title) => (_titles ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(title);

    /// <summary>Whether it was given <paramref name="title"/>, ignoring case.</summary>
    public bool HasTitle(string title) => _titles is not null && _titles.Contains(title);

    public int FirstMention => Mentions.Count == 0 ? int.MaxValue : Mentions[0].Start;

    /// <summary>The form spelled as <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>), if it has one.</summary>
    public string? FormAt(string text, int start, int length)
    {
        foreach (var form in Forms)
        {
            if (form.Length == length && string.CompareOrdinal(form, 0, text, start, length) == 0)
            {
                return form;
            }
        }

        return null;
    }

    public override string ToString() => $"{Kind}: {Name}";
}

/// <summary>One place an entity is named.</summary>
internal sealed record Mention(EntityDraft Entity, int Start, int End);
