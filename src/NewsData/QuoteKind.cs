namespace NewsData;

/// <summary>How a quote reports what was said.</summary>
public enum QuoteKind
{
    /// <summary>A quoted sentence or clause attributed to a speaker.</summary>
    Direct,

    /// <summary>A quoted fragment inside reported speech: is "a legitimate response" to …</summary>
    Partial,

    /// <summary>Reported speech without quote marks: "X said that …", "according to X, …".</summary>
    Indirect,
}
