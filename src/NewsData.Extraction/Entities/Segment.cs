namespace NewsData.Extraction.Entities;

/// <summary>A stretch of the source text to look for entities and quotes in.</summary>
internal sealed record Segment(int Start, int End, SegmentKind Kind);
