using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit.Abstractions;

namespace NewsData.Extraction.Tests;

/// <summary>
/// Structure scores on the repository's own pages with hand-written NAME.expected.json: the share of
/// articles whose title, subtitle, authors, contributors, publisher, date, URL, images and paragraphs
/// are each exactly right. Pages is the development set; PagesHeldOut and HeldOut were written before
/// the line model and are scored, never tuned against (docs/evaluation.md). The floors sit a little
/// under the measured scores, so that a regression fails.
/// </summary>
public class OwnPageStructureTests(ITestOutputHelper output)
{
    private static readonly string[] Fields = { "title", "subtitle", "authors", "contributors", "publisher", "published", "url", "images", "paragraphs" };

    [Theory]
    [InlineData("Pages", 0.95)]
    [InlineData("PagesHeldOut", 0.95)]
    [InlineData("HeldOut", 0.95)]
    public void Structure_fields_are_right(string set, double floor)
    {
        var right = Fields.ToDictionary(f => f, _ => 0);
        var files = Directory.GetFiles(TestFiles.PathOf(set), "*.expected.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file).Replace(".expected.json", "", StringComparison.Ordinal);
            var article = TestFiles.Extract($"{set}/{name}.txt").Article!;
            using var expected = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var field in Fields)
            {
                if (Matches(expected.RootElement.GetProperty(field), Actual(article, field)))
                {
                    right[field]++;
                }
                else
                {
                    output.WriteLine($"{set}/{name}: {field} differs");
                }
            }
        }

        var share = right.Values.Sum() / (double)(files.Count * Fields.Length);
        output.WriteLine($"{set}: {files.Count} pages, " + string.Join(", ", Fields.Select(f => $"{f} {right[f]}/{files.Count}")) + $"; all fields {share:0.000}");
        Assert.True(share >= floor, $"{set}: {share:0.000} of the structure fields right, under the floor of {floor}");
    }

    private static object? Actual(Article article, string field) => field switch
    {
        "title" => article.Title,
        "subtitle" => article.Subtitle,
        "authors" => article.Authors.ToList(),
        "contributors" => article.Contributors.ToList(),
        "publisher" => article.Publisher,
        "published" => article.Published?.ToString(),
        "url" => article.Url,
        "images" => article.Images.Select(i => new[] { i.Url, i.Caption, i.Credit }).ToList(),
        _ => article.Paragraphs.ToList(),
    };

    private static bool Matches(JsonElement expected, object? actual) => (expected.ValueKind, actual) switch
    {
        (JsonValueKind.Null, null) => true,
        (JsonValueKind.String, string text) => expected.GetString() == text,
        (JsonValueKind.Array, List<string> list) => expected.EnumerateArray().Select(e => e.GetString()).SequenceEqual(list),
        (JsonValueKind.Array, List<string?[]> images) => expected.GetArrayLength() == images.Count
            && expected.EnumerateArray().Zip(images).All(p => p.First.GetProperty("url").GetString() == p.Second[0]
                && p.First.GetProperty("caption").GetString() == p.Second[1] && p.First.GetProperty("credit").GetString() == p.Second[2]),
        _ => false,
    };
}
