using Microsoft.CodeAnalysis;
using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>
/// An article file as the pipeline first sees it: the compiler's additional text (compared by reference,
/// which the driver keeps stable while the file is unchanged), the warnings its item silences, and the size limit.
/// Not a spec: nothing downstream of the parser holds it.
/// </summary>
internal sealed record ArticleInput(AdditionalText File, EquatableArray<string> Suppressed, int MaxFileSize, string? ResourceName = null);
