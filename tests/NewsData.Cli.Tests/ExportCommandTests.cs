using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using NewsData.Compiled;

namespace NewsData.Cli.Tests;

/// <summary>
/// <c>newsdata export</c> read back by DuckDB. The expected side is the corpus the real build generated for the
/// seeds (the sample's <c>NewsCorpus</c>), never written out by hand.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempCorpus _input = new();
    private readonly TempCorpus _output = new();

    public ExportCommandTests()
    {
        foreach (var seed in Directory.GetFiles(Cli.SeedsFolder, "*.txt"))
        {
            File.Copy(seed, Path.Combine(_input.Path, Path.GetFileName(seed)));
        }

        // Two NULs in a row: the compiler's binary file, an error that leaves the article out.
        File.WriteAllBytes(Path.Combine(_input.Path, "broken.txt"), [0, 0, (byte)'x']);
    }

    private string Export(string name, params string[] options)
    {
        var folder = Path.Combine(_output.Path, name);
        var (exitCode, _, error) = Cli.Run(["export", _input.Path, "-o", folder, .. options]);
        Assert.True(exitCode == 1, error); // 1: broken.txt has an error; the rest is still exported
        return folder;
    }

    [Fact]
    public void Articles_per_publisher_per_day_equal_the_generated_corpus()
    {
        using var db = new ExportDuckDb(Export("parquet"));

        var exported = db.Query("SELECT publisher, CAST(published_date AS VARCHAR), count(*) FROM {articles} GROUP BY ALL ORDER BY ALL")
            .Select(r => ((string?)r[0], (string?)r[1], Convert.ToInt32(r[2]))).ToList();
        var expected = NewsCorpus.Articles
            .GroupBy(a => (a.Publisher, Date: a.Published?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Select(g => (g.Key.Publisher, g.Key.Date, g.Count()))
            .OrderBy(g => g.Publisher, StringComparer.Ordinal).ThenBy(g => g.Date, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, exported);
    }

    [Fact]
    public void The_ten_most_quoted_speakers_equal_the_generated_corpus()
    {
        using var db = new ExportDuckDb(Export("parquet"));

        var exported = db.Query("""
            SELECT e.name, count(*) AS quotes FROM {quotes} q JOIN {entities} e ON q.speaker_entity_id = e.entity_id
            GROUP BY e.entity_id, e.name ORDER BY quotes DESC, e.name LIMIT 10
            """).Select(r => ((string)r[0]!, Convert.ToInt32(r[1]))).ToList();
        var expected = NewsCorpus.Quotes.Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!)
            .Select(g => (g.Key.Name, g.Count()))
            .OrderByDescending(g => g.Item2).ThenBy(g => g.Name, StringComparer.Ordinal).Take(10).ToList();
        Assert.True(expected.Count >= 3, "the seeds quote several people");
        Assert.Equal(expected, exported);
    }

    [Fact]
    public void Every_quote_by_one_entity_comes_with_its_article_title()
    {
        using var db = new ExportDuckDb(Export("parquet"));
        var raisi = NewsCorpus.People.EbrahimRaisi;

        var exported = db.Query("""
            SELECT a.title, q.kind, q.text, q.start, q.length FROM {quotes} q
            JOIN {entities} e ON q.speaker_entity_id = e.entity_id JOIN {articles} a USING (article_id)
            WHERE e.name = 'Ebrahim Raisi' ORDER BY a.article_id, q.quote_index
            """).Select(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!, Convert.ToInt32(r[3]), Convert.ToInt32(r[4]))).ToList();
        var expected = NewsCorpus.Articles.SelectMany(a => a.Quotes.Where(q => ReferenceEquals(q.Speaker, raisi))
            .Select(q => (a.Title, q.Kind.ToString(), q.Text, q.Span.Start, q.Span.Length))).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, exported);
    }

    [Fact]
    public void Entity_ids_are_the_generated_entity_table_and_mentions_are_its_mentions()
    {
        using var db = new ExportDuckDb(Export("parquet"));
        // The generated corpus's entity table, by index: the ids Article.Entities and Quote.Speaker are packed with.
        var storage = typeof(NewsCorpus).GetNestedType("Storage", BindingFlags.NonPublic)!;
        var table = ((CompiledCorpus)storage.GetField("Corpus", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!).Entities;

        var entities = db.Query("SELECT entity_id, name, kind, aliases FROM {entities} ORDER BY entity_id")
            .Select(r => (Convert.ToInt32(r[0]), (string)r[1]!, (string)r[2]!, string.Join("|", ((System.Collections.IEnumerable)r[3]!).Cast<string>()))).ToList();
        Assert.Equal(table.Select((e, i) => (i, e.Name, e.Kind.ToString(), string.Join("|", e.Aliases))), entities);

        var mentions = db.Query("SELECT entity_id, article_id, start, length FROM {mentions} ORDER BY ALL")
            .Select(r => (Convert.ToInt32(r[0]), (string)r[1]!, Convert.ToInt32(r[2]), Convert.ToInt32(r[3]))).ToList();
        var expected = table.SelectMany((e, i) => e.Mentions.Select(m => (i, m.ArticleId, m.Span.Start, m.Span.Length)))
            .OrderBy(m => m.i).ThenBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Start).ThenBy(m => m.Length).ToList();
        Assert.Equal(expected, mentions);
    }

    [Fact]
    public void Columns_have_real_types_and_the_articles_their_paragraphs_and_images()
    {
        using var db = new ExportDuckDb(Export("parquet"));

        var columns = db.Columns("articles").ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal("DATE", columns["published_date"]);
        Assert.Equal("TIMESTAMP", columns["published_at"]);
        Assert.Equal("INTEGER", columns["paragraph_count"]);
        Assert.Equal("VARCHAR[]", columns["authors"]);
        foreach (var article in NewsCorpus.Articles)
        {
            Assert.Equal(article.Paragraphs, db.Query($"SELECT text FROM {{paragraphs}} WHERE article_id = '{article.Id}' ORDER BY paragraph_index").Select(r => (string)r[0]!));
            Assert.Equal(article.Images.Select(i => (i.Url, i.Caption, i.Credit)), db.Query($"SELECT url, caption, credit FROM {{images}} WHERE article_id = '{article.Id}' ORDER BY image_index").Select(r => ((string?)r[0], (string?)r[1], (string?)r[2])));
            Assert.Equal(article.Paragraphs.Count, db.Scalar($"SELECT paragraph_count FROM {{articles}} WHERE article_id = '{article.Id}'"));
            var published = db.Query($"SELECT CAST(published_date AS VARCHAR), CAST(published_at AS VARCHAR) FROM {{articles}} WHERE article_id = '{article.Id}'").Single();
            Assert.Equal(article.Published?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), published[0]);
            Assert.Equal(article.Published?.TimeOfDay is null ? null : article.Published.Value.DateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), published[1]);
        }
    }

    [Fact]
    public void A_failing_file_is_listed_in_diagnostics_and_the_rest_exported()
    {
        using var db = new ExportDuckDb(Export("parquet"));

        Assert.Equal(NewsCorpus.Articles.Select(a => a.Id).Order(StringComparer.Ordinal), db.Query("SELECT article_id FROM {articles} ORDER BY 1").Select(r => (string)r[0]!));
        var failure = Assert.Single(db.Query("SELECT path, diagnostic_id, article_id FROM {diagnostics} WHERE severity = 'error'"));
        Assert.Equal("broken.txt", Path.GetFileName((string)failure[0]!));
        Assert.Equal("NEWS002", failure[1]);
        Assert.Null(failure[2]);
    }

    [Fact]
    public void Jsonl_holds_the_same_rows_as_parquet()
    {
        using var db = new ExportDuckDb(Export("parquet"));
        var jsonl = Export("jsonl", "--format", "jsonl");

        foreach (var table in new[] { "articles", "paragraphs", "quotes", "entities", "mentions", "images", "diagnostics" })
        {
            // Read the JSON with the Parquet file's column types, so a value that differs in type or text differs.
            var columns = string.Join(", ", db.Columns(table).Select(c => $"'{c.Name}': '{c.Type}'"));
            var json = $"read_json('{Path.Combine(jsonl, table + ".jsonl")}', format = 'newline_delimited', columns = {{{columns}}})";
            Assert.True(db.Scalar($"SELECT count(*) FROM {{{table}}}") > 0 || table == "images", table);
            Assert.Equal(db.Scalar($"SELECT count(*) FROM {{{table}}}"), db.Scalar($"SELECT count(*) FROM {json}"));
            Assert.True(0 == db.Scalar($"SELECT count(*) FROM (SELECT * FROM {{{table}}} EXCEPT ALL SELECT * FROM {json})"), table + ": " + string.Join(" / ", db.Query($"SELECT * FROM {{{table}}} EXCEPT ALL SELECT * FROM {json}").SelectMany(r => r).Select(v => v?.ToString())));
            Assert.Equal(0, db.Scalar($"SELECT count(*) FROM (SELECT * FROM {json} EXCEPT ALL SELECT * FROM {{{table}}})"));
        }
    }

    [Fact]
    public void A_re_export_is_byte_for_byte_the_same_and_batches_change_row_groups_not_rows()
    {
        var first = Export("first");
        var again = Export("again");
        var batched = Export("batched", "--batch-size", "1", "--row-group-size", "1");

        foreach (var file in Directory.GetFiles(first).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file!)), File.ReadAllBytes(Path.Combine(again, file!)));
        }

        using var db = new ExportDuckDb(first);
        var batches = $"'{Path.Combine(batched, "articles.parquet")}'";
        // One row group per article row.
        Assert.Equal(NewsCorpus.Articles.Count, db.Scalar($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata({batches})"));
        Assert.Equal(0, db.Scalar($"SELECT count(*) FROM (SELECT * FROM {{articles}} EXCEPT ALL SELECT * FROM {batches})"));
        Assert.Equal(db.Scalar("SELECT count(*) FROM {articles}"), db.Scalar($"SELECT count(*) FROM {batches}"));
        Assert.Equal(1, db.Scalar($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata({db.Table("paragraphs")})"));
    }

    [Fact]
    public void A_re_export_extracts_only_changed_files_and_writes_what_a_full_export_writes()
    {
        var folder = Export("incremental");
        var seed = Directory.GetFiles(_input.Path, "0*.txt").Order(StringComparer.Ordinal).First();
        File.WriteAllText(Path.Combine(_input.Path, "added.txt"), File.ReadAllText(seed));
        File.AppendAllText(seed, "\n\nOne more paragraph that the earlier export has not seen, added for this test.\n");

        var (exitCode, _, error) = Cli.Run(["export", _input.Path, "-o", folder]);
        var full = Export("full", "--full");

        Assert.Equal(1, exitCode);
        Assert.Contains("4 files (2 unchanged)", error); // the other seed and broken.txt; the edited seed and added.txt are extracted
        foreach (var table in Directory.GetFiles(full, "*.parquet").Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(full, table!)), File.ReadAllBytes(Path.Combine(folder, table!)));
        }
    }

    [Fact]
    public void Corrections_apply_as_in_the_build_and_a_corrected_file_is_never_taken_from_the_cache()
    {
        var seed = Directory.GetFiles(_input.Path, "0*.txt").Order(StringComparer.Ordinal).First();
        var sidecar = Path.ChangeExtension(seed, null) + ".corrections.json";
        var titles = (string folder) =>
        {
            using var db = new ExportDuckDb(folder);
            return db.Query("SELECT title FROM {articles} ORDER BY path").Select(r => (string?)r[0]).ToList();
        };
        var plain = titles(Export("plain"));

        File.WriteAllText(sidecar, """{ "title": "A title the author corrected" }""");
        var corrected = titles(Export("plain"));
        File.Delete(sidecar);
        var restored = titles(Export("plain"));

        Assert.Contains("A title the author corrected", corrected);
        Assert.DoesNotContain("A title the author corrected", plain);
        Assert.Equal(plain.Count, corrected.Count);
        Assert.Single(plain.Except(corrected));
        Assert.Equal(plain, restored); // the corrected rows were not cached as the text's rows
    }

    [Fact]
    public void The_project_wide_corrections_file_applies_to_the_articles_that_name_its_entities()
    {
        var names = (string folder) =>
        {
            using var db = new ExportDuckDb(folder);
            return db.Query("SELECT name FROM {entities}").Select(r => (string)r[0]!).ToList();
        };
        var plain = names(Export("plain"));
        var project = Path.Combine(_output.Path, "NewsData.corrections.json");
        var named = plain.First(n => n.Contains(' ', StringComparison.Ordinal) is false);
        File.WriteAllText(project, $$"""{ "entities": [{ "name": "{{named}}", "notAnEntity": true }] }""");

        var corrected = names(Export("corrected", "--corrections", project));

        Assert.Contains(named, plain);
        Assert.DoesNotContain(named, corrected);
        Assert.Equal(2, Cli.Run("export", _input.Path, "-o", _output.Path, "--corrections", project + ".missing").ExitCode);
    }

    [Fact]
    public void Export_needs_an_output_folder_and_a_known_format()
    {
        Assert.Equal(2, Cli.Run("export", _input.Path).ExitCode);
        Assert.Equal(2, Cli.Run("export", _input.Path, "-o", _output.Path, "--format", "csv").ExitCode);
    }

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
    }
}
