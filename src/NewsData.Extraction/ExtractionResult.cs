using System.Collections.Generic;
using System.Linq;

namespace NewsData.Extraction;

/// <summary>What extraction made of one file: the article (null when the file cannot be one) and the diagnostics.</summary>
public sealed class ExtractionResult
{
    public ExtractionResult(string id, string fileName, Article? article, IReadOnlyList<ExtractionDiagnostic> diagnostics)
        : this(id, fileName, article, diagnostics, System.Array.Empty<TextSpan>())
    {
    }

    public ExtractionResult(string id, string fileName, Article? article, IReadOnlyList<ExtractionDiagnostic> diagnostics, IReadOnlyList<TextSpan> paragraphSources)
    {
        Id = id;
        FileName = fileName;
        Article = article;
        Diagnostics = diagnostics;
        ParagraphSources = paragraphSources;
    }

    /// <summary>The file name without extension.</summary>
    public string Id { get; }

    /// <summary>The file name with extension.</summary>
    public string FileName { get; }

    /// <summary>The article, or null when an error diagnostic says why there is none.</summary>
    public Article? Article { get; }

    public IReadOnlyList<ExtractionDiagnostic> Diagnostics { get; }

    /// <summary>
    /// Where each of the article's paragraphs came from in the text, in order: one line, or several when a
    /// hard-wrapped paragraph was joined back (then the text between them is line breaks, not the joining
    /// spaces). Empty without an article. Lets a caller find a paragraph without searching for it.
    /// </summary>
    public IReadOnlyList<TextSpan> ParagraphSources { get; }

    /// <summary>
    /// Which of the project-wide corrections this article matched (indices among that file's entity corrections,
    /// ascending). A project-wide correction that no article matches is stale: see <see cref="Corrections.ProjectCorrections.Unmatched"/>.
    /// </summary>
    public IReadOnlyList<int> MatchedProjectCorrections { get; internal set; } = System.Array.Empty<int>();

    /// <summary>The article's own text, in the file's text order: headline, standfirst, paragraphs, captions and credits (what entities are read from).</summary>
    internal IReadOnlyList<TextSpan> TextRegions { get; set; } = System.Array.Empty<TextSpan>();

    public bool HasErrors => Diagnostics.Any(d => d.Severity == ExtractionSeverity.Error);
}
