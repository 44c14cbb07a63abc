namespace NewsData;

/// <summary>What an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>A company, agency, government body, party or other organisation.</summary>
    Organization,

    /// <summary>A country, city, region or other place.</summary>
    Location,

    /// <summary>A named thing that is none of the above (events, treaties, programmes).</summary>
    Other,
}
