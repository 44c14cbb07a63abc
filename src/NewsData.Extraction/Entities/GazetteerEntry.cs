namespace NewsData.Extraction.Entities;

/// <summary>What a gazetteer phrase names: the canonical entity, and whether the phrase is a demonym ("Iranian") or an acronym.</summary>
internal sealed record GazetteerEntry(string Canonical, EntityKind Kind, bool IsDemonym, bool IsAcronym);
