using System;
using System.IO;
using NewsData.Extraction;

namespace NewsData.Extraction.Tests;

/// <summary>Reads test inputs copied next to the test assembly (seeds and layouts, byte for byte).</summary>
internal static class TestFiles
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static string Read(string relative) => SourceDecoder.Decode(File.ReadAllBytes(PathOf(relative)));

    public static ExtractionResult Extract(string relative) => ArticleExtractor.Extract(PathOf(relative), Read(relative));

    public static Article ExtractArticle(string relative)
    {
        var result = Extract(relative);
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics));
        return result.Article!;
    }
}
