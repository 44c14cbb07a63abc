using System.Linq;
using NewsData.Extraction.Corrections;

namespace NewsData.Extraction.Tests;

/// <summary>
/// Every kind of correction applied to a page the extractor reads well (TestData/Corrections/port-strike.txt,
/// written for these tests): what each changes, that offsets stay exact, and that a correction which matches
/// nothing is a located warning while the rest still apply.
/// </summary>
public class CorrectionsTests
{
    private const string Page = "Corrections/port-strike.txt";
    private const string Own = "/news/port-strike.corrections.json";
    private const string Project = "/project/NewsData.corrections.json";

    private static readonly string Text = TestFiles.Read(Page);

    internal static ExtractionResult Extract(string? own, string? project = null, string? text = null) =>
        ArticleExtractor.Extract("/news/port-strike.txt", text ?? Text, new ExtractionOptions
        {
            Corrections = own is null ? null : CorrectionsFile.Parse(Own, own, CorrectionsScope.Article),
            ProjectCorrections = project is null ? null : CorrectionsFile.Parse(Project, project, CorrectionsScope.Project),
        });

    private static Article Corrected(string own, string? project = null)
    {
        var result = Extract(own, project);
        Assert.Empty(result.Diagnostics);
        return result.Article!;
    }

    [Fact]
    public void Fields_take_the_corrected_values()
    {
        var article = Corrected("""
            {
              "$schema": "https://example.org/any.json",
              "title": "Corrected title",
              "subtitle": "Workers return after a deal",
              "authors": ["Ana Lopes", "Piet Bakker"],
              "publisher": "Port News",
              "published": "2023-03-04T09:30",
              "url": "https://example.org/port"
            }
            """);

        Assert.Equal("Corrected title", article.Title);
        Assert.Equal("Workers return after a deal", article.Subtitle);
        Assert.Equal(new[] { "Ana Lopes", "Piet Bakker" }, article.Authors);
        Assert.Equal("Port News", article.Publisher);
        Assert.Equal(PublicationDate.Parse("2023-03-04T09:30"), article.Published);
        Assert.Equal("https://example.org/port", article.Url);
        // Nothing else moves: the body is the extractor's.
        Assert.Equal(Extract(null).Article!.Paragraphs, article.Paragraphs);
    }

    [Fact]
    public void Null_clears_a_field_and_an_absent_key_keeps_it()
    {
        var article = Corrected("""{ "published": null, "publisher": null }""");

        Assert.Null(article.Published);
        Assert.Null(article.Publisher);
        Assert.Equal(Extract(null).Article!.Title, article.Title);
        Assert.Equal(new[] { "Ana Lopes" }, article.Authors);
    }

    [Fact]
    public void A_furniture_line_leaves_the_article_and_the_next_best_line_is_the_headline()
    {
        var plain = Extract(null).Article!;

        var result = Extract("""{ "furniture": ["Rotterdam port strike ends after three days of talks", "Shipping analysts said the strike had cost the port millions, according to early estimates."] }""");
        var article = result.Article!;

        Assert.NotEqual(plain.Title, article.Title);
        // The next best line on this page is a menu line, so the only thing said is the headline doubt.
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticIds.DoubtfulExtraction, d.Id));
        Assert.DoesNotContain("Rotterdam port strike ends after three days of talks", article.Paragraphs);
        Assert.Equal(plain.Paragraphs.Count - 1, article.Paragraphs.Count);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("Shipping analysts", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Menu_lines_marked_as_furniture_are_never_the_headline()
    {
        // The case: a menu line above the headline. An earlier line model took one of these for the
        // headline on this variant of the page; marked as furniture, neither is a candidate, whatever the model.
        var text = Text.Replace("Shipping analysts said", "\"We have won a fair deal for every worker in this port,\" the union repeated. Shipping analysts said");

        var result = Extract("""{ "furniture": ["Home | News | Sport | Weather | Opinion", "Menu Rotterdam Live Updates Today"] }""", text: text);

        Assert.Equal("Rotterdam port strike ends after three days of talks", result.Article!.Title);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.DoubtfulExtraction);
        Assert.Equal(Extract(null, text: text).Article!.Paragraphs, result.Article.Paragraphs);
    }

    [Fact]
    public void A_body_line_is_body_whatever_the_extractor_made_of_it()
    {
        var article = Corrected("""{ "body": ["Subscribe to our newsletter"] }""");

        Assert.Equal("Subscribe to our newsletter", article.Paragraphs[^1]);
        Assert.Equal("Rotterdam port strike ends after three days of talks", article.Title);
    }

    [Fact]
    public void A_line_is_matched_as_the_file_has_it_trimmed()
    {
        var article = Corrected("""{ "body": ["  Subscribe to our newsletter\t"] }""");

        Assert.Contains("Subscribe to our newsletter", article.Paragraphs);
    }

    [Fact]
    public void A_quote_gets_its_corrected_speaker_and_kind()
    {
        var article = Corrected("""
            { "quotes": [ { "text": "We have won a fair deal", "speaker": "Ahmed Aboutaleb", "kind": "partial" } ] }
            """);

        var quote = article.Quotes.Single(q => q.Text.StartsWith("We have won", System.StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Same(article.Entities.Single(e => e.Name == "Ahmed Aboutaleb"), quote.Speaker);
        Assert.Equal(quote.Text, quote.Span.Slice(Text));
    }

    [Fact]
    public void A_quote_without_a_speaker_and_a_removed_quote()
    {
        var article = Corrected("""
            { "quotes": [ { "text": "We have won", "speaker": null }, { "text": "This was a hard week", "remove": true } ] }
            """);

        Assert.Null(article.Quotes.Single(q => q.Text.StartsWith("We have won", System.StringComparison.Ordinal)).Speaker);
        Assert.DoesNotContain(article.Quotes, q => q.Text.StartsWith("This was a hard week", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_added_quote_is_found_in_the_text_even_across_a_line_break()
    {
        var text = Text.Replace("returned to work on Friday", "returned to work\non Friday");

        var result = Extract("""
            { "quotes": [ { "text": "returned to work on Friday", "add": true, "speaker": "Shipping analysts", "kind": "indirect" } ] }
            """, text: text);

        var quote = result.Article!.Quotes.Single(q => q.Text.StartsWith("returned to work", System.StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("returned to work\non Friday", quote.Text);
        Assert.Equal(quote.Text, quote.Span.Slice(text));
        // A speaker the article never names as an entity is added as a person, mentioned where the text names them.
        Assert.Equal("Shipping analysts", quote.Speaker!.Name);
        Assert.All(quote.Speaker.Mentions, m => Assert.Equal("Shipping analysts", m.Span.Slice(text)));
        // Quotes stay in text order.
        Assert.Equal(result.Article.Quotes.OrderBy(q => q.Span.Start), result.Article.Quotes);
    }

    [Fact]
    public void An_entity_gets_its_corrected_kind_and_a_missed_name_becomes_one_taking_its_words_from_shorter_names()
    {
        var article = Corrected("""
            { "entities": [ { "name": "Save Leeds Libraries", "kind": "organization" }, { "name": "Jan de Vries", "kind": "organization" } ] }
            """);

        var group = article.Entities.Single(e => e.Name == "Save Leeds Libraries");
        Assert.Equal(EntityKind.Organization, group.Kind);
        Assert.Equal("Save Leeds Libraries", Assert.Single(group.Mentions).Span.Slice(Text));
        Assert.Equal("port-strike", group.Mentions[0].ArticleId);
        // "Leeds" was named only inside the group's name.
        Assert.DoesNotContain(article.Entities, e => e.Name == "Leeds");
        Assert.Equal(EntityKind.Organization, article.Entities.Single(e => e.Name == "Jan de Vries").Kind);
    }

    [Fact]
    public void Not_an_entity_removes_it_and_its_quotes_lose_it_as_speaker()
    {
        var article = Corrected("""
            { "entities": [ { "name": "The National", "notAnEntity": true }, { "name": "Jan de Vries", "notAnEntity": true } ] }
            """);

        Assert.DoesNotContain(article.Entities, e => e.Name is "The National" or "Jan de Vries");
        Assert.Null(article.Quotes.Single(q => q.Text.StartsWith("We have won", System.StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Same_as_merges_names_into_one_entity_with_all_mentions_and_quotes()
    {
        var article = Corrected("""
            { "entities": [ { "name": "Aboutaleb", "sameAs": "Mayor Aboutaleb" }, { "name": "Jan de Vries", "sameAs": "Ahmed Aboutaleb" } ] }
            """);

        // "Aboutaleb" is an alias of Ahmed Aboutaleb, who is renamed; then Jan de Vries joins that entity.
        var mayor = article.Entities.Single(e => e.Name == "Mayor Aboutaleb");
        Assert.Contains("Ahmed Aboutaleb", mayor.Aliases);
        Assert.Contains("Jan de Vries", mayor.Aliases);
        Assert.Equal(3, mayor.Mentions.Count);
        Assert.All(mayor.Mentions, m => Assert.True(m.Span.Slice(Text) == mayor.Name || mayor.Aliases.Contains(m.Span.Slice(Text))));
        // Every quote but the analysts' (reported speech of no named speaker) is the mayor's now.
        Assert.All(article.Quotes.Where(q => !q.Text.Contains("the strike", System.StringComparison.Ordinal)), q => Assert.Same(mayor, q.Speaker));
        Assert.Equal(mayor.Mentions.OrderBy(m => m.Span.Start), mayor.Mentions);
    }

    [Fact]
    public void The_project_wide_file_corrects_entities_and_the_article_s_own_file_wins()
    {
        var project = """{ "entities": [ { "name": "The National", "kind": "other" }, { "name": "Rotterdam", "kind": "other" }, { "name": "Nowhere Town", "kind": "location" } ] }""";

        var result = Extract("""{ "entities": [ { "name": "Rotterdam", "kind": "organization" } ] }""", project);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(EntityKind.Other, result.Article!.Entities.Single(e => e.Name == "The National").Kind);
        Assert.Equal(EntityKind.Organization, result.Article.Entities.Single(e => e.Name == "Rotterdam").Kind);
        // Both matched this article; "Nowhere Town" matched none, which only the corpus can tell.
        Assert.Equal(new[] { 0, 1 }, result.MatchedProjectCorrections);
        var file = CorrectionsFile.Parse(Project, project, CorrectionsScope.Project);
        var stale = Assert.Single(ProjectCorrections.Unmatched(file, new[] { result.MatchedProjectCorrections }));
        Assert.Equal(DiagnosticIds.CorrectionStale, stale.Id);
        Assert.Equal(new TextPosition(0, project.IndexOf("{ \"name\": \"Nowhere", System.StringComparison.Ordinal)), stale.Location!.Start);
        Assert.Contains("Nowhere Town", stale.Message);
    }

    [Fact]
    public void Only_names_the_article_spells_are_relevant_to_it()
    {
        var file = CorrectionsFile.Parse(Project, """{ "entities": [ { "name": "Leeds", "kind": "other" }, { "name": "Port", "kind": "other" }, { "name": "The National", "notAnEntity": true } ] }""", CorrectionsScope.Project);

        var relevant = file.RelevantTo(Text);

        // "Port" is in the text only inside other words or in lower case: whole words, exact case.
        Assert.Equal(new[] { "Leeds", "The National" }, relevant.Entities().Select(e => e.Name));
        Assert.Equal(relevant, file.RelevantTo(Text));
        Assert.NotEqual(file, relevant);
        Assert.Equal(relevant, relevant.RelevantTo(Text));
    }

    [Fact]
    public void A_correction_that_matches_nothing_is_a_warning_at_its_element_and_the_others_still_apply()
    {
        var result = Extract("""
            {
              "title": "Corrected title",
              "furniture": ["A line that is not on the page"],
              "quotes": [
                { "text": "Nobody said this", "speaker": "Jan de Vries" },
                { "text": "This was a hard week", "kind": "partial" },
                { "text": "words found nowhere", "add": true }
              ],
              "entities": [ { "name": "Atlantis", "notAnEntity": true } ]
            }
            """);

        Assert.Equal("Corrected title", result.Article!.Title);
        Assert.Equal(QuoteKind.Partial, result.Article.Quotes.Single(q => q.Text.StartsWith("This was", System.StringComparison.Ordinal)).Kind);
        var stale = result.Diagnostics.Where(d => d.Id == DiagnosticIds.CorrectionStale).ToList();
        Assert.Equal(4, stale.Count);
        Assert.All(stale, d => Assert.Equal(ExtractionSeverity.Warning, d.Severity));
        Assert.All(stale, d => Assert.Equal(Own, d.Location!.Path));
        Assert.Equal(new[] { 2, 4, 6, 8 }, stale.Select(d => d.Location!.Start.Line).Order());
        Assert.Contains(stale, d => d.Location!.Start == new TextPosition(2, 16) && d.Message.Contains("A line that is not on the page"));
    }

    [Fact]
    public void Opening_words_that_open_two_quotes_say_so_and_change_neither()
    {
        var text = Text.Replace("\"This was a hard week", "\"We have won a hard week");

        var result = Extract("""{ "quotes": [ { "text": "We have won", "kind": "partial" } ] }""", text: text);

        Assert.Contains("2 different quotes", Assert.Single(result.Diagnostics).Message);
        Assert.All(result.Article!.Quotes.Where(q => q.Text.StartsWith("We have won", System.StringComparison.Ordinal)), q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void A_statement_printed_twice_is_corrected_wherever_it_stands()
    {
        var text = Text.Replace("Shipping analysts said", "\"We have won a fair deal for every worker in this port,\" the union repeated. Shipping analysts said");

        var result = Extract("""{ "quotes": [ { "text": "We have won", "speaker": null, "kind": "partial" } ] }""", text: text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Location is not null);
        var repeated = result.Article!.Quotes.Where(q => q.Text.StartsWith("We have won", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(2, repeated.Count);
        Assert.All(repeated, q => Assert.Equal(QuoteKind.Partial, q.Kind));
        Assert.All(repeated, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void Opening_words_tell_each_quote_from_the_others()
    {
        var text = Text.Replace("\"This was a hard week", "\"We have won a hard week");
        var quotes = Extract(null, text: text).Article!.Quotes;

        var openings = CorrectionsTemplate.OpeningWords(quotes);

        Assert.Equal(quotes.Count, openings.Count);
        for (var i = 0; i < quotes.Count; i++)
        {
            Assert.Single(quotes, q => TextSearch.OpensWith(q.Text, openings[i]) && q.Text == quotes[i].Text);
            Assert.DoesNotContain(quotes, q => q.Text != quotes[i].Text && TextSearch.OpensWith(q.Text, openings[i]));
        }
    }

    [Fact]
    public void A_malformed_element_is_a_located_error_and_every_valid_correction_still_applies()
    {
        var result = Extract("""
            {
              "title": "Corrected title",
              "titel": "typo",
              "authors": "Ana Lopes",
              "published": "3 March 2023",
              "quotes": [ { "text": "We have won", "kind": "shouted" }, { "speaker": "Jan de Vries" }, 5 ],
              "entities": [ { "name": "The National", "notAnEntity": true, "kind": "person" }, { "name": "Leeds" } ]
            }
            """);

        Assert.Equal("Corrected title", result.Article!.Title);
        var errors = result.Diagnostics.Where(d => d.Id == DiagnosticIds.CorrectionsMalformed).ToList();
        Assert.All(errors, d => Assert.Equal(ExtractionSeverity.Error, d.Severity));
        Assert.Equal(new[] { 2, 3, 4, 5, 5, 5, 6, 6 }, errors.Select(d => d.Location!.Start.Line));
        Assert.Contains(errors, d => d.Message.Contains("Unknown key \"titel\""));
        Assert.Contains(errors, d => d.Message.Contains("\"shouted\""));
        // The article is still generated from the extraction plus the valid title.
        Assert.Equal(Extract(null).Article! with { Title = "Corrected title" }, result.Article);
    }

    [Theory]
    [InlineData("{ \"title\": \"x\", }", 0, 16)]
    [InlineData("[ \"title\" ]", 0, 0)]
    [InlineData("", 0, 0)]
    public void A_file_that_is_not_a_corrections_object_corrects_nothing_and_says_where(string json, int line, int column)
    {
        var result = Extract(json);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.CorrectionsMalformed, error.Id);
        Assert.Equal(new TextPosition(line, column), error.Location!.Start);
        Assert.Equal(Extract(null).Article, result.Article);
    }

    [Fact]
    public void The_project_wide_file_holds_entity_corrections_only()
    {
        var file = CorrectionsFile.Parse(Project, """{ "title": "x", "entities": [ { "name": "Leeds", "kind": "other" } ] }""", CorrectionsScope.Project);

        var error = Assert.Single(file.Diagnostics);
        Assert.Contains("belongs in that article's NAME.corrections.json", error.Message);
        Assert.Single(file.Set.Entities);
    }

    [Fact]
    public void Corrections_are_data_a_value_with_code_in_it_is_only_text()
    {
        const string Hostile = "\"; } public static void Evil() { } //\u202E";
        var article = Corrected($$"""{ "title": {{System.Text.Json.JsonSerializer.Serialize(Hostile)}} }""");

        Assert.Equal(Hostile, article.Title);
    }

    [Fact]
    public void Without_corrections_nothing_changes_and_a_corrections_file_changes_nothing_it_does_not_name()
    {
        Assert.Equal(ArticleExtractor.Extract("/news/port-strike.txt", Text).Article, Extract(null).Article);
        Assert.Equal(Extract(null).Article, Extract("""{ "$schema": "x" }""").Article);
    }

    [Fact]
    public void A_file_over_the_limit_or_unreadable_corrects_nothing_and_says_so_at_its_start()
    {
        var large = CorrectionsFile.Parse(Own, "{ \"title\": \"" + new string('x', 100) + "\" }", CorrectionsScope.Article, maxLength: 50);
        var unreadable = CorrectionsFile.Unreadable(Own, CorrectionsScope.Article, FileDiagnostics.NotRegularOrEmpty("port-strike.corrections.json"));

        foreach (var file in new[] { large, unreadable })
        {
            var result = ArticleExtractor.Extract("/news/port-strike.txt", Text, new ExtractionOptions { Corrections = file });
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(ExtractionSeverity.Error, diagnostic.Severity);
            Assert.Equal(new DiagnosticLocation(Own, default, default, default), diagnostic.Location);
            Assert.Equal(Extract(null).Article, result.Article);
        }
    }

    [Fact]
    public void Equal_files_compare_equal_so_cached_extractions_are_reused()
    {
        const string Json = """{ "title": "A" }""";

        Assert.Equal(CorrectionsFile.Parse(Own, Json, CorrectionsScope.Article), CorrectionsFile.Parse(Own, Json, CorrectionsScope.Article));
        Assert.NotEqual(CorrectionsFile.Parse(Own, Json, CorrectionsScope.Article), CorrectionsFile.Parse(Own, Json.Replace("A", "B"), CorrectionsScope.Article));
        Assert.NotEqual(CorrectionsFile.Parse(Own, Json, CorrectionsScope.Article), CorrectionsFile.Parse("/other.corrections.json", Json, CorrectionsScope.Article));
    }

    [Fact]
    public void The_sidecar_of_an_article_is_beside_it()
    {
        Assert.Equal("/news/port-strike.corrections.json", CorrectionsFile.SidecarPath("/news/port-strike.txt"));
        Assert.Equal("seeds/000_eb75a7b507fbf6e2.corrections.json", CorrectionsFile.SidecarPath("seeds/000_eb75a7b507fbf6e2.txt"));
        Assert.Equal("a.b.corrections.json", CorrectionsFile.SidecarPath("a.b.txt"));
    }
}
