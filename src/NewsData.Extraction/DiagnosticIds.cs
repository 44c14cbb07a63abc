namespace NewsData.Extraction;

/// <summary>
/// The ids of every diagnostic about an article file. Ids are stable: they are documented,
/// suppressed by users in .editorconfig and never reused for another meaning.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>The file is empty or holds only white space.</summary>
    public const string EmptyFile = "NEWS001";

    /// <summary>The file is not text (NUL or other binary bytes: error) or holds invalid UTF-8 (warning, with the byte offset).</summary>
    public const string NotText = "NEWS002";

    /// <summary>No line could serve as the headline.</summary>
    public const string NoTitle = "NEWS003";

    /// <summary>A headline was found but no body paragraph.</summary>
    public const string NoBody = "NEWS004";

    /// <summary>A date line is labelled ("Published: …") but its date cannot be read.</summary>
    public const string UnreadableDate = "NEWS005";

    /// <summary>Two files produce the same article id or member name; later ones are renamed.</summary>
    public const string DuplicateName = "NEWS006";

    /// <summary>The file is larger than the configured limit (NewsDataMaxFileSize); it is left out.</summary>
    public const string FileTooLarge = "NEWS007";

    /// <summary>An MSBuild setting of the generator has an invalid value; the default is used.</summary>
    public const string InvalidSetting = "NEWS008";

    /// <summary>An extraction looks doubtful (a headline that reads like a menu or a sentence); silence it per file if it is right.</summary>
    public const string DoubtfulExtraction = "NEWS009";

    /// <summary>Extraction failed unexpectedly; the file is left out and the rest of the corpus is generated.</summary>
    public const string ExtractionFailed = "NEWS010";

    /// <summary>The compiled corpus nears the 16 MiB of string literals an assembly can hold.</summary>
    public const string NearStringLimit = "NEWS011";

    /// <summary>The article list the build targets write (NewsDataManifest) is missing or unreadable; no article is compiled.</summary>
    public const string ManifestUnreadable = "NEWS012";

    /// <summary>An article names more authors, contributors or entities than one article may contribute, or a corpus more entities than get fields; the rest are left out.</summary>
    public const string ContributionBounded = "NEWS013";

    /// <summary>A corrections file (NAME.corrections.json or the project-wide one) is not JSON, or an element of it is not a correction; that element is ignored.</summary>
    public const string CorrectionsMalformed = "NEWS014";

    /// <summary>A correction no longer matches its article (the line, quote or name is not in it any more); it is not applied.</summary>
    public const string CorrectionStale = "NEWS015";
}
