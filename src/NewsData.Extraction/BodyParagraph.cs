namespace NewsData.Extraction;

/// <summary>A body paragraph and the stretch of source text it came from (several lines when it was hard-wrapped).</summary>
internal sealed record BodyParagraph(string Text, int Start, int End);
