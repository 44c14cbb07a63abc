using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsData.Extraction;
using NewsData.Generators.Parsing;
using NewsData.Generators.Tests.Infrastructure;

namespace NewsData.Generators.Tests;

public class NamingTests
{
    private const string Article = "Talks resume in Vienna after pause\n\nDiplomats met on Monday, officials said.\n";

    [Theory]
    [InlineData("000_eb75a7b507fbf6e2", "Article000Eb75a7b507fbf6e2")]
    [InlineData("russia-ukraine-talks", "RussiaUkraineTalks")]
    [InlineData("2022-03-01", "Article2022_03_01")]
    [InlineData("2022-03-01-putin-call", "Article2022_03_01PutinCall")]
    [InlineData("class", "Class")]
    [InlineData("été à Paris", "ÉtéÀParis")]
    [InlineData("新闻", "新闻")]
    [InlineData("---", "Article")]
    [InlineData("", "Article")]
    [InlineData("a\u200Bb", "AB")]
    [InlineData("e\u0301t\u00E9", "\u00C9t\u00E9")]
    [InlineData("_private", "Private")]
    public void Member_names_are_readable_valid_identifiers(string id, string expected)
    {
        var name = MemberNames.FromId(id);

        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
    }

    [Fact]
    public void Files_with_the_same_id_get_suffixed_names_and_a_warning_naming_both()
    {
        var run = new GeneratorHarness()
            .AddArticle("/corpus/world/talks.txt", Article)
            .AddArticle("/corpus/europe/talks.txt", Article)
            .Run();

        Assert.Empty(run.CompilationProblems());
        var corpus = CompileAndRunTests.Load(run);
        Assert.NotNull(corpus.GetField("Talks"));
        Assert.NotNull(corpus.GetField("Talks_2"));
        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.DuplicateName, warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("/corpus/world/talks.txt", warning.GetMessage());
        Assert.Contains("/corpus/europe/talks.txt", warning.GetMessage());
        Assert.Equal("/corpus/world/talks.txt", warning.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("Articles")]
    [InlineData("NewsCorpus")]
    [InlineData("ToString")]
    [InlineData("Storage")]
    [InlineData("Index")]
    [InlineData("Join")]
    [InlineData("MentionsAt")]
    public void Names_the_corpus_class_uses_itself_are_never_given_to_articles(string id)
    {
        var run = new GeneratorHarness().AddArticle($"/corpus/{id}.txt", Article).Run();

        Assert.Empty(run.CompilationProblems());
        Assert.NotNull(CompileAndRunTests.Load(run).GetField(id + "_2"));
    }

    [Fact]
    public void Names_ignore_case_so_generated_file_names_never_collide()
    {
        var run = new GeneratorHarness()
            .AddArticle("/corpus/Talks.txt", Article)
            .AddArticle("/corpus/talks.txt", Article)
            .Run();

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(run.Sources.Count, run.Sources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count());
        Assert.Equal(1 + 1 + 4, run.Sources.Count); // the articles' file, the index, one file per entity kind
        var corpus = CompileAndRunTests.Load(run);
        Assert.NotNull(corpus.GetField("Talks"));
        Assert.NotNull(corpus.GetField("Talks_2"));
    }

    [Fact]
    public void Articles_are_ordered_by_id_whatever_the_file_order()
    {
        var run = new GeneratorHarness()
            .AddArticle("/corpus/zeta.txt", Article)
            .AddArticle("/corpus/alpha.txt", Article)
            .AddArticle("/corpus/mid.txt", Article)
            .Run();

        var articles = (System.Collections.Generic.IReadOnlyList<NewsData.Article>)CompileAndRunTests.Load(run).GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(new[] { "alpha", "mid", "zeta" }, articles.Select(a => a.Id));
    }

    [Theory]
    [InlineData("Tom\u200B Brown")] // a zero-width space, common in scraped text
    [InlineData("Tom\u202E Brown")] // a right-to-left override
    public void A_format_character_inside_a_name_is_the_same_person_and_one_member(string spelled)
    {
        // Before: two people for the generator, one identifier for C#: CS0102, "already contains a definition for 'TomBrown'".
        var run = new GeneratorHarness()
            .AddArticle("/corpus/a.txt", "Harbour reopens after winter storms\n\nTom Brown said the harbour would reopen on Friday.\n")
            .AddArticle("/corpus/b.txt", $"Council approves new bus routes\n\n{spelled} said the routes would start in June.\n")
            .Run();

        Assert.Empty(run.CompilationProblems());
        var people = run.Source("NewsCorpus.People.g.cs");
        Assert.DoesNotContain(people, c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        var person = Assert.Single(((System.Collections.Generic.IReadOnlyList<Entity>)CompileAndRunTests.Load(run).GetNestedType("People")!.GetProperty("All")!.GetValue(null)!));
        Assert.Equal("Tom Brown", person.Name);
        Assert.Equal(2, CompileAndRunTests.Load(run).GetNestedType("People")!.GetField("TomBrown")!.GetValue(null) is Entity tom ? tom.Mentions.Select(m => m.ArticleId).Distinct().Count() : 0);
    }

    [Fact]
    public void Canonically_equivalent_spellings_are_one_entity_with_one_member()
    {
        var run = new GeneratorHarness()
            .AddArticle("/corpus/a.txt", "Harbour reopens after winter storms\n\nJos\u00E9 Brown said the harbour would reopen on Friday.\n")
            .AddArticle("/corpus/b.txt", "Council approves new bus routes\n\nJose\u0301 Brown said the routes would start in June.\n")
            .Run();

        Assert.Empty(run.CompilationProblems());
        var people = CompileAndRunTests.Load(run).GetNestedType("People")!;
        Assert.Single((System.Collections.Generic.IReadOnlyList<Entity>)people.GetProperty("All")!.GetValue(null)!);
        Assert.NotNull(people.GetField("Jos\u00E9Brown"));
    }

    [Theory]
    [InlineData("Tom\u200BBrown", "TomBrown")]
    [InlineData("\u202ETom Brown", "TomBrown")]
    [InlineData("Jose\u0301 Brown", "Jos\u00E9Brown")]
    public void Entity_member_names_hold_no_format_characters_and_are_in_normal_form_C(string name, string expected) =>
        Assert.Equal(expected, EntityMemberNames.FromName(name));
}
