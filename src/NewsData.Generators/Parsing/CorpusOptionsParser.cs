using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsData.Extraction;
using NewsData.Generators.Common;
using NewsData.Generators.Emitting;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>Reads and validates the MSBuild properties <c>NewsDataNamespace</c> and <c>NewsDataClassName</c>.</summary>
internal static class CorpusOptionsParser
{
    public const string NamespaceProperty = "build_property.NewsDataNamespace";
    public const string ClassNameProperty = "build_property.NewsDataClassName";
    public const string MaxFileSizeProperty = "build_property.NewsDataMaxFileSize";

    // Types of the runtime model: a corpus class of the same name in their namespace would hide them.
    private static readonly HashSet<string> ModelTypeNames = new()
    {
        "Article", "ArticleImage", "Quote", "QuoteKind", "Entity", "EntityKind", "EntityMention", "PublicationDate", "TextSpan",
    };

    public static CorpusOptions Parse(AnalyzerConfigOptions globalOptions, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var diagnostics = new List<DiagnosticSpec>();
        var ns = CorpusOptions.DefaultNamespace;
        if (globalOptions.TryGetValue(NamespaceProperty, out var setNamespace) && setNamespace.Trim() is { Length: > 0 } trimmedNamespace)
        {
            if (IsNamespace(trimmedNamespace))
            {
                ns = trimmedNamespace;
            }
            else
            {
                diagnostics.Add(Invalid("NewsDataNamespace", trimmedNamespace, "a dotted C# namespace such as MyApp.News", CorpusOptions.DefaultNamespace));
            }
        }

        var className = CorpusOptions.DefaultClassName;
        if (globalOptions.TryGetValue(ClassNameProperty, out var setClassName) && setClassName.Trim() is { Length: > 0 } trimmedClassName)
        {
            if (!IsIdentifier(trimmedClassName))
            {
                diagnostics.Add(Invalid("NewsDataClassName", trimmedClassName, "a C# identifier such as Corpus", CorpusOptions.DefaultClassName));
            }
            else if (ns == "NewsData" && ModelTypeNames.Contains(trimmedClassName))
            {
                diagnostics.Add(Invalid("NewsDataClassName", trimmedClassName, "a name that does not hide the model type NewsData." + trimmedClassName, CorpusOptions.DefaultClassName));
            }
            else if (Array.IndexOf(CorpusMembers.Declared, trimmedClassName) >= 0)
            {
                diagnostics.Add(Invalid("NewsDataClassName", trimmedClassName, $"a name the corpus class can take: it has a member called {trimmedClassName}, and C# forbids a member named like its class", CorpusOptions.DefaultClassName));
            }
            else
            {
                className = trimmedClassName;
            }
        }

        var maxFileSize = ExtractionOptions.DefaultMaxLength;
        if (globalOptions.TryGetValue(MaxFileSizeProperty, out var setMax) && setMax.Trim() is { Length: > 0 } trimmedMax)
        {
            if (int.TryParse(trimmedMax, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                maxFileSize = parsed;
            }
            else
            {
                diagnostics.Add(Invalid("NewsDataMaxFileSize", trimmedMax, "a positive whole number of characters", ExtractionOptions.DefaultMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return new CorpusOptions(ns, className, new EquatableArray<DiagnosticSpec>(diagnostics.ToArray()), maxFileSize, languageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8);
    }

    private static bool IsNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifier(string value) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None;

    private static DiagnosticSpec Invalid(string property, string value, string expected, string fallback) =>
        DiagnosticSpec.Whole(DiagnosticIds.InvalidSetting, ExtractionSeverity.Error,
            $"The MSBuild property {property} is '{value}', which is not {expected}; '{fallback}' is used instead.",
            null);
}
