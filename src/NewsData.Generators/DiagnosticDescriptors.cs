using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsData.Extraction;
using NewsData.Generators.Specs;

namespace NewsData.Generators;

/// <summary>The compiler-facing side of the diagnostic catalogue (docs/diagnostics.md).</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "NewsData";
    /// <summary>
    /// The page help links point into (docs/diagnostics.md, an anchor per id), from the build's NewsDataHelpLinkBase
    /// setting; null, and no diagnostic has a help link, while the project's public address is unknown.
    /// </summary>
    internal static readonly string? HelpLinkBase = typeof(DiagnosticDescriptors).Assembly
        .GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false).Cast<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "NewsData.HelpLinkBase")?.Value is { Length: > 0 } value ? value : null;

    public static readonly DiagnosticDescriptor EmptyFile = Create(DiagnosticIds.EmptyFile, "Article file is empty or unreadable", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NotText = Create(DiagnosticIds.NotText, "Article file is not text", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NotValidUtf8 = Create(DiagnosticIds.NotText, "Article file is not valid UTF-8", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NoTitle = Create(DiagnosticIds.NoTitle, "No headline found", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NoTitleBodyKept = Create(DiagnosticIds.NoTitle, "No headline found; the body is kept", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NoBody = Create(DiagnosticIds.NoBody, "No body paragraphs found", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnreadableDate = Create(DiagnosticIds.UnreadableDate, "Date cannot be read", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor DuplicateName = Create(DiagnosticIds.DuplicateName, "Article name already taken", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor FileTooLarge = Create(DiagnosticIds.FileTooLarge, "Article file is too large", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidSetting = Create(DiagnosticIds.InvalidSetting, "Invalid NewsData setting", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DoubtfulExtraction = Create(DiagnosticIds.DoubtfulExtraction, "Doubtful extraction", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ExtractionFailed = Create(DiagnosticIds.ExtractionFailed, "Extraction failed", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NearStringLimit = Create(DiagnosticIds.NearStringLimit, "Corpus near the assembly's string limit", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ManifestUnreadable = Create(DiagnosticIds.ManifestUnreadable, "Article list missing or unreadable", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ContributionBounded = Create(DiagnosticIds.ContributionBounded, "More than one article or corpus may contribute", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor CorrectionsMalformed = Create(DiagnosticIds.CorrectionsMalformed, "Corrections file is malformed", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor CorrectionStale = Create(DiagnosticIds.CorrectionStale, "Correction no longer matches its article", DiagnosticSeverity.Warning);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [EmptyFile.Id] = EmptyFile,
        [NoTitle.Id] = NoTitle,
        [NoBody.Id] = NoBody,
        [UnreadableDate.Id] = UnreadableDate,
        [DuplicateName.Id] = DuplicateName,
        [InvalidSetting.Id] = InvalidSetting,
        [FileTooLarge.Id] = FileTooLarge,
        [DoubtfulExtraction.Id] = DoubtfulExtraction,
        [ExtractionFailed.Id] = ExtractionFailed,
        [NearStringLimit.Id] = NearStringLimit,
        [ManifestUnreadable.Id] = ManifestUnreadable,
        [ContributionBounded.Id] = ContributionBounded,
        [CorrectionsMalformed.Id] = CorrectionsMalformed,
        [CorrectionStale.Id] = CorrectionStale,
    };

    public static Diagnostic ToDiagnostic(DiagnosticSpec spec)
    {
        // NEWS002 is an error for binary content and a warning for invalid UTF-8: one id, two descriptors.
        // NEWS003 likewise: an error when nothing reads as text, a warning when a page of body text has no headline.
        var descriptor = spec.Id == DiagnosticIds.NotText
            ? spec.Severity == ExtractionSeverity.Error ? NotText : NotValidUtf8
            : spec.Id == DiagnosticIds.NoTitle && spec.Severity == ExtractionSeverity.Warning ? NoTitleBodyKept
            : ById.TryGetValue(spec.Id, out var known) ? known : ExtractionFailed;
        var location = spec.FilePath is null
            ? Location.None
            : Location.Create(
                spec.FilePath,
                new Microsoft.CodeAnalysis.Text.TextSpan(spec.Start, spec.Length),
                new LinePositionSpan(new LinePosition(spec.StartLine, spec.StartColumn), new LinePosition(spec.EndLine, spec.EndColumn)));
        return Diagnostic.Create(descriptor, location, spec.Message);
    }

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase is null ? null : HelpLinkBase + "#" + id.ToLowerInvariant());
}
