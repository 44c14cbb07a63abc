namespace NewsData.Extraction;

/// <summary>Limits and switches for one extraction.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The default largest file, in characters: 10 million, far above any real article.</summary>
    public const int DefaultMaxLength = 10_000_000;

    public static ExtractionOptions Default { get; } = new();

    /// <summary>Files longer than this (in UTF-16 characters) are not extracted: error NEWS007.</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>The article's own corrections file (<c>NAME.corrections.json</c>), or null.</summary>
    public Corrections.CorrectionsFile? Corrections { get; init; }

    /// <summary>The project-wide corrections file (<c>NewsData.corrections.json</c>), or null. Only its corrections of names the article spells apply.</summary>
    public Corrections.CorrectionsFile? ProjectCorrections { get; init; }

    /// <summary>The line models to read pages with; null for the ones shipped in the assembly (tests and training set others).</summary>
    internal Lines.LineModel? LineModel { get; init; }
}
