using System.Collections.Generic;
using System.Linq;

namespace NewsData.Extraction;

/// <summary>What extraction made of one file: the article (null when the file cannot be one) and the diagnostics.</summary>
public sealed class ExtractionResult
{
    public ExtractionResult(string id, string fileName, Article? article, IReadOnlyList<ExtractionDiagnostic> diagnostics)
    {
        Id = id;
        FileName = fileName;
        Article = article;
        Diagnostics = diagnostics;
    }

    /// <summary>The file name without extension.</summary>
    public string Id { get; }

    /// <summary>The file name with extension.</summary>
    public string FileName { get; }

    /// <summary>The article, or null when an error diagnostic says why there is none.</summary>
    public Article? Article { get; }

    public IReadOnlyList<ExtractionDiagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == ExtractionSeverity.Error);
}
