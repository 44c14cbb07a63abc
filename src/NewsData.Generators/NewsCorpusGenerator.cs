using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsData.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsData.Generators.Emitting;
using NewsData.Generators.Parsing;
using NewsData.Generators.Specs;

namespace NewsData.Generators;

/// <summary>
/// Compiles the project's news article files into typed C# data.
/// <para>
/// Pipeline: additional files the targets' manifest lists as articles → one <see cref="ArticleSpec"/>
/// per file (extraction, the only expensive step) → one packed <see cref="ArticleSource"/> per article
/// → one generated file per shard of 100 articles. The corpus-wide index is built from a
/// <c>Collect()</c> of small <see cref="ArticleKey"/>s only, so editing one article's body re-runs
/// that article's extraction and its shard's output and nothing else. See docs/architecture.md.
/// </para>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewsCorpusGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => CorpusOptionsParser.Parse(pair.Left.GlobalOptions, (pair.Right as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default))
            .WithTrackingName(TrackingNames.Options);

        var maxFileSize = options.Select(static (o, _) => o.MaxFileSize);

        // One provider for both uses: each read of AdditionalTextsProvider is a new input node, and the driver
        // would compare all 10,000 files once per node on every run.
        var additionalTexts = context.AdditionalTextsProvider;

        // The targets' list of article files (see ArticleManifest); a project with none has an empty one. Every
        // step over the additional files costs the driver a table entry per file on every edit, so the manifest
        // is picked out by its file name in one step, and by its full path only among the few files so named.
        var manifestPath = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ArticleFileFilter.ManifestPath(provider.GlobalOptions));
        // The manifest and the corrections files (JSON) are picked out by name in one step over all the files.
        var namedFiles = additionalTexts.Where(static file => ManifestPath.HasFileName(file.Path) || CorrectionsFiles.HasJsonName(file.Path));
        var manifest = namedFiles
            .Where(static file => ManifestPath.HasFileName(file.Path))
            .Select(static (file, cancellationToken) => (file.Path, Text: file.GetText(cancellationToken)?.ToString()))
            .Collect()
            .Combine(manifestPath)
            .Select(static (pair, _) => ArticleManifestParser.Read(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.ArticleManifest);
        context.RegisterSourceOutput(manifest, static (output, list) =>
        {
            if (list.Problem is { } problem)
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(problem));
            }

            // Files the targets kept from the compiler (a pipe, a link to nothing, a file too large to read).
            foreach (var leftOut in LeftOutFiles.Diagnose(list))
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(leftOut));
            }
        });

        // Corrections files the manifest lists: each article's own NAME.corrections.json and the project-wide one.
        var corrections = namedFiles
            .Where(static file => CorrectionsFiles.HasJsonName(file.Path))
            .Combine(manifest.Combine(maxFileSize))
            .SelectMany(static (pair, _) =>
                pair.Right.Left.FindCorrections(pair.Left.Path) is { Corrects: { } corrects } entry
                    ? ImmutableArray.Create(new CorrectionsInput(pair.Left, corrects, entry.Stamp, pair.Right.Right))
                    : ImmutableArray<CorrectionsInput>.Empty)
            .Select(static (input, cancellationToken) => CorrectionsFileParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.CorrectionsFiles)
            .Collect()
            .Select(static (files, _) => files.IsEmpty ? CorrectionsIndex.Empty : new CorrectionsIndex(new EquatableArray<CorrectionsSpec>(files.ToArray())))
            .WithTrackingName(TrackingNames.Corrections);
        var projectCorrections = corrections.Select(static (index, _) => index.Project);

        // Everything a file is matched against is combined first, into one value, and matching and filtering
        // are one step: each step over the additional files costs a table entry per file. An article's own
        // corrections file is found there too, by its path; editing it changes only that article's input.
        var articleContext = context.AnalyzerConfigOptionsProvider.Combine(manifest).Combine(maxFileSize).Combine(corrections);
        var articleFiles = additionalTexts
            .Combine(articleContext)
            .SelectMany(static (pair, _) =>
            {
                var (((options, list), maxSize), correctionsIndex) = pair.Right;
                return ArticleFileFilter.Match(pair.Left.Path, options.GetOptions(pair.Left), list) is { } entry
                    ? ImmutableArray.Create(new ArticleInput(pair.Left, entry.Suppressed, maxSize, entry.ResourceName, entry.Stamp) { Corrections = correctionsIndex.For(pair.Left.Path) })
                    : ImmutableArray<ArticleInput>.Empty;
            })
            .WithTrackingName(TrackingNames.ArticleFiles);

        // The project-wide corrections each article spells; an edit of that file re-extracts only the articles
        // whose share of it changed (the text is read only when the file or the article changed).
        var correctedFiles = articleFiles
            .Combine(projectCorrections)
            .Select(static (pair, cancellationToken) => CorrectionsFiles.WithProjectCorrections(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ProjectCorrections);

        var specs = correctedFiles
            .Select(static (input, cancellationToken) => ArticleFileParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleSpecs);

        var keys = specs
            .Select(static (spec, _) => spec.Key)
            .WithTrackingName(TrackingNames.ArticleKeys)
            .Collect();
        var index = keys
            .Combine(options)
            .Select(static (pair, _) => MemberNameAllocator.Allocate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CorpusIndex);

        var sources = specs
            .Combine(index)
            .Select(static (pair, _) => ArticleSourceBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ArticleSources);

        // Articles are emitted a shard of consecutive ordinals per file; an edit re-emits one shard.
        var allSources = sources.Collect();
        var shards = allSources
            .SelectMany(static (all, _) => Shard(all))
            .WithTrackingName(TrackingNames.ArticleShards);

        var diagnostics = specs
            .Select(static (spec, _) => spec.Diagnostics)
            .WithTrackingName(TrackingNames.ArticleDiagnostics);

        context.RegisterSourceOutput(shards.Combine(options), static (output, pair) =>
            output.AddSource(ArticleEmitter.HintName(pair.Right, pair.Left.Number), ArticleEmitter.Emit(pair.Left, pair.Right)));

        context.RegisterSourceOutput(allSources, static (output, all) =>
        {
            if (UserStringBudget.Check(all) is { } warning)
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(warning));
            }
        });

        // The project-wide corrections file: what is wrong with it, and the corrections no article matched.
        context.RegisterSourceOutput(keys.Combine(projectCorrections), static (output, pair) =>
        {
            foreach (var diagnostic in CorrectionsFiles.ProjectDiagnostics(pair.Right, pair.Left))
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
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

        // Theory data needs xunit's TheoryData<T>; reduced to a bool at once so that code edits, which
        // change the compilation, stop here.
        var theoryDataSupport = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(TheoryDataEmitter.MetadataName) is not null)
            .WithTrackingName(TrackingNames.TheoryDataSupport);
        context.RegisterSourceOutput(options.Combine(theoryDataSupport), static (output, pair) =>
        {
            if (pair.Right)
            {
                output.AddSource(TheoryDataEmitter.HintName(pair.Left), TheoryDataEmitter.Emit(pair.Left));
            }
        });

        context.RegisterSourceOutput(index.Combine(options), static (output, pair) =>
        {
            var (corpus, corpusOptions) = pair;
            output.AddSource(CorpusEmitter.HintName(corpusOptions), CorpusEmitter.Emit(corpus, corpusOptions));
            foreach (var (kind, entities) in EntityEmitter.ByKind(corpus))
            {
                output.AddSource(EntityEmitter.HintName(corpusOptions, CorpusIndexBuilder.KindClass(kind)), EntityEmitter.Emit(kind, entities, corpusOptions));
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

    // Runs on every edit over all articles, so it only places each source by its ordinal (unique: the index
    // numbers members in id order) and cuts that row into files: no sorting.
    private static ImmutableArray<ArticleShard> Shard(ImmutableArray<ArticleSource?> sources)
    {
        var last = -1;
        foreach (var source in sources)
        {
            if (source is not null && source.Ordinal > last)
            {
                last = source.Ordinal;
            }
        }

        var byOrdinal = new ArticleSource?[last + 1];
        foreach (var source in sources)
        {
            if (source is not null)
            {
                byOrdinal[source.Ordinal] = source;
            }
        }

        var shards = ImmutableArray.CreateBuilder<ArticleShard>((last / ArticleShard.Size) + 1);
        var articles = new List<ArticleSource>(ArticleShard.Size);
        for (var start = 0; start <= last; start += ArticleShard.Size)
        {
            articles.Clear();
            for (var ordinal = start; ordinal < start + ArticleShard.Size && ordinal <= last; ordinal++)
            {
                if (byOrdinal[ordinal] is { } source)
                {
                    articles.Add(source);
                }
            }

            if (articles.Count > 0)
            {
                shards.Add(new ArticleShard(start / ArticleShard.Size, new EquatableArray<ArticleSource>(articles.ToArray())));
            }
        }

        return shards.ToImmutable();
    }
}
