namespace NewsData.Extraction.Entities.Tagging;

/// <summary>The tagger's labels: outside a name, or the beginning or inside of a person, organisation, place or other name (BIO).</summary>
internal enum NameTag : byte
{
    O,
    BeginPerson,
    InsidePerson,
    BeginOrganization,
    InsideOrganization,
    BeginLocation,
    InsideLocation,
    BeginOther,
    InsideOther,
}

internal static class NameTags
{
    public const int Count = 9;

    public static bool IsBegin(NameTag tag) => tag != NameTag.O && ((int)tag & 1) == 1;

    public static bool IsInside(NameTag tag) => tag != NameTag.O && ((int)tag & 1) == 0;

    /// <summary>The kind of name: 1 person, 2 organisation, 3 place, 4 other, 0 none.</summary>
    public static int KindOf(NameTag tag) => ((int)tag + 1) / 2;

    public static NameTag Begin(int kind) => (NameTag)(kind * 2 - 1);

    public static NameTag Inside(int kind) => (NameTag)(kind * 2);

    /// <summary>"I-PER" or "B-LOC" as a corpus writes it, with "PERSON", "GPE" and the rest folded into the four kinds.</summary>
    public static int KindOfLabel(string label) => label switch
    {
        "PER" or "PERSON" or "per" or "person" => 1,
        "ORG" or "ORGANIZATION" or "org" or "organization" => 2,
        "LOC" or "GPE" or "LOCATION" or "geo" or "gpe" or "loc" or "place" => 3,
        "MISC" or "misc" => 4,
        _ => 0,
    };

    public static EntityKind? EntityKindOf(int kind) => kind switch
    {
        1 => EntityKind.Person,
        2 => EntityKind.Organization,
        3 => EntityKind.Location,
        _ => null,
    };
}
