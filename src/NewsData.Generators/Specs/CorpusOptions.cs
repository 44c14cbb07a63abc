using NewsData.Generators.Common;

namespace NewsData.Generators.Specs;

/// <summary>The MSBuild knobs, read once: where the corpus class goes and what it is called.</summary>
/// <param name="Namespace">The namespace of the corpus class; empty for the global namespace.</param>
/// <param name="ClassName">The corpus class's name.</param>
/// <param name="Diagnostics">Problems with the values the project set (the defaults are used instead).</param>
/// <param name="MaxFileSize">The largest article file, in characters (NewsDataMaxFileSize).</param>
/// <param name="NullableAnnotations">
/// Whether the consumer's C# has nullable reference types (8.0 and later). A netstandard2.0 project
/// compiles C# 7.3 by default, where <c>#nullable enable</c> is an error.
/// </param>
internal sealed record CorpusOptions(string Namespace, string ClassName, EquatableArray<DiagnosticSpec> Diagnostics, int MaxFileSize = NewsData.Extraction.ExtractionOptions.DefaultMaxLength, bool NullableAnnotations = true)
{
    public const string DefaultNamespace = "NewsData";
    public const string DefaultClassName = "NewsCorpus";
}
