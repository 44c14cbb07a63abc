using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsData.Extraction;
using NewsData.Extraction.Corpus;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

/// <summary>The generated code compiles cleanly, and running it yields exactly what extraction produced.</summary>
public class CompileAndRunTests
{
    [Fact]
    public void Generated_code_compiles_without_warnings_even_with_documentation_diagnostics_on()
    {
        var run = new GeneratorHarness().AddSeeds().Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)] // a netstandard2.0 library's default
    [InlineData(LanguageVersion.CSharp8)]
    public void Generated_code_compiles_in_older_language_versions(LanguageVersion version)
    {
        var run = new GeneratorHarness().AddEmbeddedSeeds().WithLanguageVersion(version).Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Equal(version >= LanguageVersion.CSharp8, run.Source("NewsCorpus.g.cs").Contains("#nullable enable", StringComparison.Ordinal));
    }

    [Fact]
    public void Loaded_corpus_equals_the_extraction_of_each_file()
    {
        var harness = new GeneratorHarness().AddSeeds();
        var corpus = Load(harness.Run());

        // The expected value: each file extracted, then linked into one corpus by the same code the generator uses.
        var (expected, _, _) = CorpusBuilder.Build(harness.Texts.Select(t => ArticleExtractor.Extract(t.Path, t.GetText()!.ToString()).Article!));
        var articles = (IReadOnlyList<Article>)corpus.GetProperty("Articles")!.GetValue(null)!;

        Assert.Equal(expected, articles);
    }

    [Fact]
    public void Each_article_has_its_own_property_returning_the_same_instance_as_the_index()
    {
        var corpus = Load(new GeneratorHarness().AddSeeds().Run());
        var articles = (IReadOnlyList<Article>)corpus.GetProperty("Articles")!.GetValue(null)!;
        var cradle = (Article)corpus.GetField("Article000Eb75a7b507fbf6e2")!.GetValue(null)!;

        Assert.Equal("000_eb75a7b507fbf6e2", cradle.Id);
        Assert.Same(articles[0], cradle);
        Assert.Same(cradle, corpus.GetField("Article000Eb75a7b507fbf6e2")!.GetValue(null));
    }

    [Fact]
    public void Articles_is_read_only()
    {
        var corpus = Load(new GeneratorHarness().AddSeeds().Run());
        var articles = corpus.GetProperty("Articles")!.GetValue(null)!;

        Assert.False(articles is Article[]);
        Assert.True(((ICollection<Article>)articles).IsReadOnly);
    }

    [Fact]
    public void Text_with_quotes_backslashes_and_comment_or_markup_characters_compiles_and_round_trips()
    {
        const string title = "Minister: \"No deal\" \\ */ // </summary> <!-- #error {braces} \u202E done";
        const string body = "He said \"\"\" and left.\tThen: \\u0000 a tab \u200B and \u202E reversed.";
        var run = new GeneratorHarness().AddArticle("/corpus/tricky.txt", title + "\n\n" + body + "\n").Run();

        Assert.Empty(run.CompilationProblems());
        var article = (Article)Load(run).GetField("Tricky")!.GetValue(null)!;
        Assert.Equal(title, article.Title);
        Assert.Equal(new[] { body.TrimEnd() }, article.Paragraphs);
    }

    /// <summary>Emits the consumer compilation to memory and loads it; the runtime model is shared with this test.</summary>
    internal static Type Load(GeneratorRun run, string typeName = "NewsData.NewsCorpus")
    {
        using var stream = new MemoryStream();
        var resources = run.Resources.Select(r => new ResourceDescription(r.Name, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(r.Text)), isPublic: true));
        var emit = run.Output.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("consumer-" + Guid.NewGuid(), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return assembly.GetType(typeName, throwOnError: true)!;
    }
}
