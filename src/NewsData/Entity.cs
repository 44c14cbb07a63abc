using System.Collections.Generic;
using NewsData.Internal;

namespace NewsData;

/// <summary>A person, organisation, place or other named thing the news is about.</summary>
public sealed record Entity
{
    private readonly IReadOnlyList<string> _aliases = ValueList<string>.Empty;
    private readonly IReadOnlyList<EntityMention> _mentions = ValueList<EntityMention>.Empty;

    /// <summary>Creates an entity.</summary>
    public Entity(string name, EntityKind kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The canonical name: the longest full form used in the corpus.</summary>
    public string Name { get; init; }

    /// <summary>What the entity is.</summary>
    public EntityKind Kind { get; init; }

    /// <summary>Other forms the corpus uses for it ("Raisi", "the Iranian president", "IAEA").</summary>
    public IReadOnlyList<string> Aliases { get => _aliases; init => _aliases = ValueList<string>.From(value); }

    /// <summary>Every place the entity is named, in article order then text order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get => _mentions; init => _mentions = ValueList<EntityMention>.From(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Name}";
}
