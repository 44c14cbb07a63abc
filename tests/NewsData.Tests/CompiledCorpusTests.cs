using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using NewsData.Compiled;

namespace NewsData.Tests;

/// <summary>
/// A compiled corpus unpacks metadata without reading article texts, reads each text once when a value
/// from it is first needed, and answers the corpus queries from its packed indices.
/// </summary>
public class CompiledCorpusTests
{
    private const string TextA = "Leaders meet in Vienna\n\nTalks resumed on Monday, Anna Berg said. \"We are close,\" Berg said.\n";
    private const string TextB = "Markets calm after talks\n\nAnna Berg said the talks went well.\n";

    private static readonly Entity[] NoEntities = Array.Empty<Entity>();

    [Fact]
    public void Listing_articles_and_reading_metadata_reads_no_text()
    {
        var assembly = new CountingAssembly(("a", TextA), ("b", TextB));
        var corpus = Build(assembly);

        Assert.Equal(new[] { "a", "b" }, corpus.Articles.Select(a => a.Id));
        Assert.Equal(new PublicationDate(new DateTime(2024, 3, 4), null, null), corpus.Articles[0].Published);
        Assert.Equal(new[] { "Anna Berg" }, corpus.Articles[0].Entities.Select(e => e.Name));
        Assert.Equal(2, corpus.ArticlesMentioning(corpus.Entities[0]).Count());
        Assert.Equal(3, corpus.Entities[0].Mentions.Count);
        Assert.Empty(assembly.Reads);
    }

    [Fact]
    public void An_articles_text_is_read_once_however_many_values_come_from_it()
    {
        var assembly = new CountingAssembly(("a", TextA), ("b", TextB));
        var article = Build(assembly).Articles[0];

        Assert.Equal("Leaders meet in Vienna", article.Title);
        Assert.Equal(new[] { "Talks resumed on Monday, Anna Berg said. \"We are close,\" Berg said." }, article.Paragraphs);
        Assert.Equal("We are close,", article.Quotes.Single().Text);
        Assert.Same(article.Title, article.Title);
        Assert.Equal(new[] { "a" }, assembly.Reads);
    }

    [Fact]
    public void QuotesBy_reads_only_the_texts_of_articles_quoting_the_speaker()
    {
        var assembly = new CountingAssembly(("a", TextA), ("b", TextB));
        var corpus = Build(assembly);

        var quotes = corpus.QuotesBy(corpus.Entities[0]).ToList();

        Assert.Equal("We are close,", Assert.Single(quotes).Text);
        Assert.Same(corpus.Entities[0], quotes[0].Speaker);
        Assert.Equal(new[] { "a" }, assembly.Reads);
    }

    [Fact]
    public void Related_articles_and_statements_come_from_the_packed_links()
    {
        var corpus = Build(new CountingAssembly(("a", TextA), ("b", TextB)));

        Assert.Same(corpus.Articles[1], Assert.Single(corpus.RelatedArticles(corpus.Articles[0])));
        Assert.Empty(corpus.SameStatement(corpus.Articles[0].Quotes[0]));
    }

    [Fact]
    public void A_compiled_article_equals_the_same_article_built_by_hand()
    {
        var compiled = Build(new CountingAssembly(("a", TextA), ("b", TextB))).Articles[1];
        var byHand = new Article("b", "Markets calm after talks")
        {
            SourceFile = "b.txt",
            Paragraphs = new[] { "Anna Berg said the talks went well." },
            Entities = compiled.Entities,
        };

        Assert.Equal(byHand, compiled);
        Assert.Equal(byHand.GetHashCode(), compiled.GetHashCode());
    }

    [Fact]
    public void A_missing_resource_fails_when_the_text_is_read_and_names_the_resource()
    {
        var corpus = Build(new CountingAssembly(("a", TextA)));

        Assert.Equal("b", corpus.Articles[1].Id);
        var error = Assert.Throws<InvalidOperationException>(() => corpus.Articles[1].Title);
        Assert.Contains("NewsData.Article:b", error.Message);
    }

    [Fact]
    public void Two_articles_claiming_one_position_are_refused()
    {
        var packed = Pack(0, new Article("a", "A"), "a", Array.Empty<TextSpan?>());

        Assert.Throws<FormatException>(() => new CompiledCorpus(new CountingAssembly(), Array.Empty<string>(), Links(), packed + packed));
    }

    // Two articles naming one person; article "a" quotes her; they are related.
    private static CompiledCorpus Build(Assembly assembly)
    {
        var berg = new Entity("Anna Berg", EntityKind.Person)
        {
            Mentions = new[] { new EntityMention("a", new TextSpan(49, 9)), new EntityMention("a", new TextSpan(81, 4)) },
        };
        var a = new Article("a", "Leaders meet in Vienna")
        {
            SourceFile = "a.txt",
            Published = new PublicationDate(new DateTime(2024, 3, 4), null, null),
            Paragraphs = new[] { "Talks resumed on Monday, Anna Berg said. \"We are close,\" Berg said." },
            Entities = new[] { berg },
            Quotes = new[] { new Quote("We are close,", QuoteKind.Direct, berg, new TextSpan(66, 13)) },
        };
        var b = new Article("b", "Markets calm after talks")
        {
            SourceFile = "b.txt",
            Paragraphs = new[] { "Anna Berg said the talks went well." },
            Entities = new[] { berg with { Mentions = new[] { new EntityMention("b", new TextSpan(26, 9)) } } },
        };
        var entities = new[] { CorpusTables.WriteEntity(EntityKind.Person, "Anna Berg", new[] { "Berg" }) };
        var packedA = Pack(0, a, "a", new TextSpan?[] { new TextSpan(0, 22), null, new TextSpan(24, 67) }, new[] { 0 });
        var packedB = Pack(1, b, "b", new TextSpan?[] { new TextSpan(0, 24), null, new TextSpan(26, 35) });
        return new CompiledCorpus(assembly, entities, Links(related: new[] { 0, 1 }), packedB, packedA);
    }

    private static string Pack(int ordinal, Article article, string id, IReadOnlyList<TextSpan?> spans, int[]? speakers = null) =>
        PackedArticle.Write(ordinal, article, textIsResource: true, "NewsData.Article:" + id, spans, article.Entities.Select(_ => 0).ToList(), speakers ?? new int[article.Quotes.Count]);

    private static string Links(int[]? related = null) =>
        CorpusTables.WriteLinks(Array.Empty<IReadOnlyList<(int, int)>>(), related is null ? Array.Empty<IReadOnlyList<int>>() : new IReadOnlyList<int>[] { related });

    /// <summary>An assembly whose manifest resources are in memory and which records every resource read.</summary>
    private sealed class CountingAssembly(params (string Id, string Text)[] texts) : Assembly
    {
        public List<string> Reads { get; } = new();

        public override AssemblyName GetName() => new("Consumer");

        public override Stream? GetManifestResourceStream(string name)
        {
            var id = name.Substring("NewsData.Article:".Length);
            Reads.Add(id);
            return texts.Where(t => t.Id == id).Select(t => new MemoryStream(Encoding.UTF8.GetBytes(t.Text))).FirstOrDefault();
        }
    }
}
