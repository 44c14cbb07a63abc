using System.Collections.Immutable;
using System.Linq;
using NewsData.Generators.Common;
using Microsoft.CodeAnalysis;
using NewsData.Generators.Emitting;
using NewsData.Generators.Parsing;
using NewsData.Generators.Specs;

namespace NewsData.Generators;

/// <summary>
/// Compiles the project's news article files into typed C# data.
/// <para>
/// Pipeline: additional files marked as articles → one <see cref="ArticleSpec"/> per file (extraction,
/// the only expensive step) → one generated file per article. The corpus-wide index is built from a
/// <c>Collect()</c> of small <see cref="ArticleKey"/>s only, so editing one article re-runs that
/// article's extraction and output and nothing else.
/// </para>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewsCorpusGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => CorpusOptionsParser.Parse(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var maxFileSize = options.Select(static (o, _) => o.MaxFileSize);
        var articleFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => ArticleFileFilter.IsArticle(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => (pair.Left, ArticleFileFilter.Suppressed(pair.Right.GetOptions(pair.Left)), ArticleFileFilter.ResourceName(pair.Right.GetOptions(pair.Left))))
            .Combine(maxFileSize)
            .Select(static (pair, _) => new ArticleInput(pair.Left.Left, pair.Left.Item2, pair.Right, pair.Left.Item3))
            .WithTrackingName(TrackingNames.ArticleFiles);

        var specs = articleFiles
            .Select(static (input, cancellationToken) => ArticleFileParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleSpecs);

        var index = specs
            .Select(static (spec, _) => spec.Key)
            .WithTrackingName(TrackingNames.ArticleKeys)
            .Collect()
            .Combine(options)
            .Select(static (pair, _) => MemberNameAllocator.Allocate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CorpusIndex);

        var sources = specs
            .Combine(index)
            .Combine(options)
            .Select(static (pair, _) => ToSource(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ArticleSources);

        var diagnostics = specs
            .Select(static (spec, _) => spec.Diagnostics)
            .WithTrackingName(TrackingNames.ArticleDiagnostics);

        context.RegisterSourceOutput(sources, static (output, source) =>
        {
            if (source is not null)
            {
                output.AddSource(ArticleEmitter.HintName(source.Options, source.MemberName), ArticleEmitter.Emit(source));
            }
        });

        // Diagnostics come from their own outputs so that reporting them never invalidates cached sources.
        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (var diagnostic in list)
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            }
        });

        context.RegisterSourceOutput(index.Combine(options), static (output, pair) =>
        {
            var (corpus, corpusOptions) = pair;
            output.AddSource(CorpusEmitter.HintName(corpusOptions), CorpusEmitter.Emit(corpus, corpusOptions));
            foreach (var (kindClass, entities) in EntityEmitter.ByKindClass(corpus))
            {
                output.AddSource(EntityEmitter.HintName(corpusOptions, kindClass), EntityEmitter.Emit(kindClass, entities, corpusOptions));
            }
            foreach (var diagnostic in corpus.Diagnostics)
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            }

            foreach (var diagnostic in corpusOptions.Diagnostics)
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            }
        });
    }

    private static ArticleSource? ToSource(ArticleSpec spec, CorpusIndex index, CorpusOptions options) =>
        spec.Article is { } article && index.Find(spec.Path) is { } member
            ? new ArticleSource(options, member.Name, article, new EquatableArray<string>(member.Entities.Select(e => index.Entities[e].Reference)), spec.ResourceName, spec.TextSpans)
            : null;
}
