namespace NewsData.Extraction.Entities;

/// <summary>
/// What a gazetteer phrase names: the canonical entity, whether the phrase is a demonym ("Iranian")
/// or an acronym, and whether it is a publisher's name, which is often a common phrase ("The National").
/// </summary>
internal sealed record GazetteerEntry(string Canonical, EntityKind Kind, bool IsDemonym, bool IsAcronym, bool IsPublisher = false);
