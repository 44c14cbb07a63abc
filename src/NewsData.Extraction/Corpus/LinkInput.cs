using System.Collections.Generic;

namespace NewsData.Extraction.Corpus;

/// <summary>What linking needs of one article: its id and date, its entities' names, and who said what.</summary>
public sealed record LinkInput(string Id, string? Published, IReadOnlyList<EntityRef> Entities, IReadOnlyList<QuoteRef> Quotes);

/// <summary>An entity as one article names it.</summary>
public sealed record EntityRef(string Name, EntityKind Kind, IReadOnlyList<string> Aliases);

/// <summary>A quote as one article reports it: the index of its speaker in that article's entities (-1 for none) and its words.</summary>
public sealed record QuoteRef(int Speaker, QuoteKind Kind, string Text);
