using System.Linq;

namespace NewsData.Extraction.Tests;

/// <summary>What one article may contribute is bounded, with a warning located at the first thing left out; the article is kept.</summary>
public class ArticleLimitsTests
{
    private const string Title = "Budget talks resume in Tallinn after a long pause\n\n";

    [Fact]
    public void Byline_lines_by_the_thousand_give_at_most_the_bounded_number_of_entities()
    {
        // The shape, smaller: before, every name of every byline line became a person (200,001 for 4 MB).
        var text = Title + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"By John Smith{i} and Maria Garcia{i}\n"))
            + "\n\u201CWe are ready,\u201D Prime Minister Kaja Kallas said in Tallinn.\n";

        var result = ArticleExtractor.Extract("bylines.txt", text);

        var article = result.Article!;
        Assert.Equal(ArticleLimits.MaxEntities, article.Entities.Count);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ContributionBounded);
        Assert.Equal(ExtractionSeverity.Warning, warning.Severity);
        Assert.Contains("4,00", warning.Message); // "names 4,00x people, organisations and places"
        // Located at the first mention, in text order, of an entity left out: a byline name past the kept ones.
        var located = warning.Span.Slice(text);
        Assert.DoesNotContain(article.Entities, e => e.Name == located);
        Assert.Matches("^(John Smith|Maria Garcia)[0-9]+$", located);
        // The speaker of the article's quote is kept whatever the counts, and the quote still points at it.
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Kaja Kallas", quote.Speaker?.Name);
        Assert.Contains(quote.Speaker, article.Entities);
    }

    [Fact]
    public void Too_many_contributors_keep_the_first_and_the_warning_stands_where_the_rest_begin()
    {
        var names = new[] { "Anna", "Marek", "Leila", "Tomas", "Yuki", "Carlos" }
            .SelectMany(first => new[] { "Keller", "Novak", "Haddad", "Berg", "Sato", "Mendes", "Okafor", "Lind", "Raman", "Petrova" }, (first, last) => $"{first} {last}")
            .ToList();
        var text = Title + "By Ana Lopes\n\nThe minister said the talks were useful.\n\n" + string.Concat(names.Select(n => $"{n} contributed to this report.\n\n"));

        var result = ArticleExtractor.Extract("contributors.txt", text);

        Assert.Equal(names.Take(ArticleLimits.MaxContributors), result.Article!.Contributors);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ContributionBounded);
        Assert.Equal(names[ArticleLimits.MaxContributors], warning.Span.Slice(text));
        Assert.Contains("lists 60 contributors; the first 50 are kept", warning.Message);
    }

    [Fact]
    public void Authors_are_bounded_too_wherever_they_come_from()
    {
        var article = new Article("a", "Budget talks resume in Tallinn") { Authors = Enumerable.Range(0, 80).Select(i => $"Author {i}").ToList() };
        var text = "Budget talks resume in Tallinn\n\nBy " + string.Join(", ", article.Authors) + "\n";

        var result = ArticleLimits.Apply(new ExtractionResult("a", "a.txt", article, new ExtractionDiagnostic[0]), text);

        Assert.Equal(article.Authors.Take(ArticleLimits.MaxAuthors), result.Article!.Authors);
        Assert.Equal("Author 50", Assert.Single(result.Diagnostics).Span.Slice(text));
    }

    [Fact]
    public void Articles_within_the_bounds_are_untouched()
    {
        const string text = "Talks resume in Vienna after pause\n\nBy Ana Lopes and Tom Reed\n\nDiplomats met on Monday, Foreign Minister Anna Berg said.\n";

        var result = ArticleExtractor.Extract("talks.txt", text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.ContributionBounded);
        Assert.Same(result.Article, ArticleLimits.Apply(result, text).Article);
    }
}
