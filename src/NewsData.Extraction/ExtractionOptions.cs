namespace NewsData.Extraction;

/// <summary>Limits and switches for one extraction.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The default largest file, in characters: 10 million, far above any real article.</summary>
    public const int DefaultMaxLength = 10_000_000;

    public static ExtractionOptions Default { get; } = new();

    /// <summary>Files longer than this (in UTF-16 characters) are not extracted: error NEWS007.</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>The line models to read pages with; null for the ones shipped in the assembly (tests and training set others).</summary>
    internal Lines.LineModel? LineModel { get; init; }
}
