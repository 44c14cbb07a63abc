using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NewsData.Extraction.Tests;

/// <summary>
/// Scrapes in layouts other than the seeds' (wire datelines, ALL-CAPS bylines, European and ISO dates,
/// relative dates, captions with credits, trailers, hard-wrapped text, CRLF), each with a hand-written
/// TestData/Layouts/NAME.expected.json. The expectations say what a reader sees in the page, not what
/// the extractor happened to produce.
/// </summary>
public class LayoutExtractionTests
{
    public static TheoryData<string> Layouts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestFiles.PathOf("Layouts"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_ten_layouts()
    {
        Assert.True(Layouts().Count >= 10);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Layout_extracts_as_expected(string name)
    {
        var article = TestFiles.ExtractArticle($"Layouts/{name}.txt");
        using var expected = JsonDocument.Parse(File.ReadAllText(TestFiles.PathOf($"Layouts/{name}.expected.json")));
        var root = expected.RootElement;

        Assert.Equal(root.GetProperty("title").GetString(), article.Title);
        Assert.Equal(root.GetProperty("subtitle").GetString(), article.Subtitle);
        Assert.Equal(Strings(root, "authors"), article.Authors);
        Assert.Equal(Strings(root, "contributors"), article.Contributors);
        Assert.Equal(root.GetProperty("publisher").GetString(), article.Publisher);
        Assert.Equal(root.GetProperty("published").GetString(), article.Published?.ToString());
        Assert.Equal(root.GetProperty("url").GetString(), article.Url);
        var images = root.GetProperty("images").EnumerateArray()
            .Select(i => new ArticleImage(i.GetProperty("url").GetString(), i.GetProperty("caption").GetString(), i.GetProperty("credit").GetString()))
            .ToList();
        Assert.Equal(images, article.Images);
        Assert.Equal(Strings(root, "paragraphs"), article.Paragraphs);
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
