namespace NewsData.Extraction.Lines;

/// <summary>What a date line says its date is.</summary>
internal enum DateLabel
{
    /// <summary>No label: a bare date.</summary>
    None,

    /// <summary>"Published", "Posted", "First published".</summary>
    Published,

    /// <summary>"Updated", "Last modified": a fallback only.</summary>
    Updated,
}
