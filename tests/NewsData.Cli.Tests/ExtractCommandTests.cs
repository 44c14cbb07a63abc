using System.IO;
using System.Linq;
using System.Text.Json;

namespace NewsData.Cli.Tests;

/// <summary>`newsdata extract` writes the documented JSON contract (docs/json-contract.md).</summary>
public class ExtractCommandTests
{
    private static readonly string[] ContractFields =
    {
        "id", "title", "subtitle", "authors", "contributors", "publisher", "published", "url", "images", "paragraphs", "quotes", "entities", "diagnostics",
    };

    [Fact]
    public void A_folder_means_its_txt_files_sorted_by_name()
    {
        using var json = Cli.Extract(Cli.SeedsFolder);

        Assert.Equal(new[] { "000_eb75a7b507fbf6e2", "004_c1c32415a31d80a4" }, json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void Every_object_has_exactly_the_contract_fields_in_order()
    {
        using var json = Cli.Extract(Cli.SeedsFolder);

        Assert.All(json.RootElement.EnumerateArray(), article =>
            Assert.Equal(ContractFields, article.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Values_follow_the_contract_formats()
    {
        using var json = Cli.Extract(Path.Combine(Cli.SeedsFolder, "004_c1c32415a31d80a4.txt"));
        var article = json.RootElement.EnumerateArray().Single();

        Assert.Equal("2022-02-24T21:30", article.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("url").ValueKind);
        Assert.Equal(new[] { "Jerusalem Post Staff" }, article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        var image = article.GetProperty("images")[0];
        Assert.Equal(JsonValueKind.Null, image.GetProperty("url").ValueKind);
        Assert.Equal("Russian Pool/Reuters TV via REUTERS ATTENTION EDITORS", image.GetProperty("credit").GetString());
        Assert.Equal(6, article.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(0, article.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Files_and_folders_can_be_mixed_and_non_ascii_text_is_written_readably()
    {
        var (exitCode, output, _) = Cli.Run("extract", Path.Combine(Cli.SeedsFolder, "000_eb75a7b507fbf6e2.txt"), Cli.SeedsFolder);

        Assert.Equal(0, exitCode);
        Assert.Equal(3, JsonDocument.Parse(output).RootElement.GetArrayLength());
        Assert.Contains("\u2018serious threat\u2019", output);
    }

    [Fact]
    public void A_broken_file_is_an_object_with_nulls_and_its_diagnostic_whose_span_points_into_the_file()
    {
        using var corpus = new TempCorpus();
        const string text = "Talks stall again in Vienna\nPublished: sometime last spring\n\nDiplomats left on Friday.\n";
        corpus.Add("b-undated.txt", text);
        corpus.Add("a-empty.txt", "");

        using var json = Cli.Extract(corpus.Path);
        var (empty, undated) = (json.RootElement[0], json.RootElement[1]);

        Assert.Equal(JsonValueKind.Null, empty.GetProperty("title").ValueKind);
        Assert.Equal("NEWS001", empty.GetProperty("diagnostics")[0].GetProperty("id").GetString());
        var warning = undated.GetProperty("diagnostics")[0];
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("Published: sometime last spring", text.Substring(warning.GetProperty("start").GetInt32(), warning.GetProperty("length").GetInt32()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("extract")]
    [InlineData("frobnicate x")]
    [InlineData("extract seeds --format xml")]
    [InlineData("extract --verbose seeds")]
    public void Bad_usage_exits_2_with_help(string commandLine)
    {
        var (exitCode, _, error) = Cli.Run(commandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exitCode);
        Assert.Contains("newsdata", error);
    }

    [Fact]
    public void A_missing_path_exits_2_and_says_which()
    {
        var (exitCode, _, error) = Cli.Run("extract", "/no/such/folder");

        Assert.Equal(2, exitCode);
        Assert.Contains("/no/such/folder", error);
    }

    [Fact]
    public void Quote_and_mention_spans_in_the_json_point_exactly_at_their_text()
    {
        using var json = Cli.Extract(Cli.SeedsFolder);
        foreach (var article in json.RootElement.EnumerateArray())
        {
            var text = NewsData.Extraction.SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(Cli.SeedsFolder, article.GetProperty("id").GetString() + ".txt")));
            Assert.NotEqual(0, article.GetProperty("quotes").GetArrayLength());
            foreach (var quote in article.GetProperty("quotes").EnumerateArray())
            {
                Assert.Equal(quote.GetProperty("text").GetString(), text.Substring(quote.GetProperty("start").GetInt32(), quote.GetProperty("length").GetInt32()));
                Assert.Contains(quote.GetProperty("kind").GetString(), new[] { "direct", "partial", "indirect" });
            }

            foreach (var entity in article.GetProperty("entities").EnumerateArray())
            {
                var forms = entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Append(entity.GetProperty("name").GetString()).ToList();
                Assert.Contains(entity.GetProperty("kind").GetString(), new[] { "person", "organization", "location", "other" });
                foreach (var mention in entity.GetProperty("mentions").EnumerateArray())
                {
                    Assert.Contains(text.Substring(mention.GetProperty("start").GetInt32(), mention.GetProperty("length").GetInt32()), forms);
                }
            }
        }
    }

    [Fact]
    public void Files_extracted_on_every_core_come_out_in_path_order_and_equal_one_by_one_extraction()
    {
        using var corpus = new TempCorpus();
        var seeds = Directory.GetFiles(Cli.SeedsFolder, "*.txt").Order(System.StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (var i = 0; i < 40; i++)
        {
            // Pages of different lengths, so that threads finish out of order.
            var text = seeds[i % seeds.Length];
            corpus.Add($"page-{i:D2}.txt", text[..(text.Length * (i + 10) / 50)]);
        }

        using var json = Cli.Extract(corpus.Path);

        var files = Directory.GetFiles(corpus.Path).Order(System.StringComparer.Ordinal).ToList();
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(
            files.Select(f => NewsData.Extraction.ArticleExtractor.Extract(f, File.ReadAllText(f)).Article?.Title),
            json.RootElement.EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(Cli.Run("extract", corpus.Path).Output, Cli.Run("extract", corpus.Path).Output);
    }
}
