namespace NewsData.Generators;

/// <summary>
/// Names of the generator's pipeline steps. Tests read the driver's step tracking by these names to
/// prove what re-runs after an edit; they are public so that tests and tools can rely on them.
/// </summary>
public static class TrackingNames
{
    /// <summary>The corpus options read from MSBuild properties.</summary>
    public const string Options = nameof(Options);

    /// <summary>The build targets' list of article files, parsed.</summary>
    public const string ArticleManifest = nameof(ArticleManifest);

    /// <summary>Each corrections file the manifest lists, read.</summary>
    public const string CorrectionsFiles = nameof(CorrectionsFiles);

    /// <summary>All corrections files, found by the article they correct.</summary>
    public const string Corrections = nameof(Corrections);

    /// <summary>Each article with the project-wide corrections whose names it spells.</summary>
    public const string ProjectCorrections = nameof(ProjectCorrections);

    /// <summary>The additional files marked as articles.</summary>
    public const string ArticleFiles = nameof(ArticleFiles);

    /// <summary>One extracted article spec per file: the expensive step.</summary>
    public const string ArticleSpecs = nameof(ArticleSpecs);

    /// <summary>The small per-article keys the corpus index is built from.</summary>
    public const string ArticleKeys = nameof(ArticleKeys);

    /// <summary>Member names for the whole corpus.</summary>
    public const string CorpusIndex = nameof(CorpusIndex);

    /// <summary>Each article packed, with its member name and docs.</summary>
    public const string ArticleSources = nameof(ArticleSources);

    /// <summary>The articles grouped into generated files, <c>ArticleShard.Size</c> ordinals each.</summary>
    public const string ArticleShards = nameof(ArticleShards);

    /// <summary>Whether the project references xunit, so that theory data is emitted.</summary>
    public const string TheoryDataSupport = nameof(TheoryDataSupport);

    /// <summary>The diagnostics about each article file.</summary>
    public const string ArticleDiagnostics = nameof(ArticleDiagnostics);
}
