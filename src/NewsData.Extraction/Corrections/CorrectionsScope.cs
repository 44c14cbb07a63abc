namespace NewsData.Extraction.Corrections;

/// <summary>Which articles a corrections file is about.</summary>
public enum CorrectionsScope
{
    /// <summary>One article: the file beside it, <c>NAME.corrections.json</c>.</summary>
    Article,

    /// <summary>Every article of the project: <c>NewsData.corrections.json</c>, or the file <c>NewsDataCorrections</c> names. It holds entity corrections only.</summary>
    Project,
}
