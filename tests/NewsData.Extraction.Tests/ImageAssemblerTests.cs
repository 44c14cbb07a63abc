namespace NewsData.Extraction.Tests;

/// <summary>How image lines printed more than once become one image.</summary>
public class ImageAssemblerTests
{
    [Fact]
    public void A_caption_printed_again_without_its_final_dot_belongs_to_its_image_not_to_the_body()
    {
        const string text = "Harbour reopens after the storm\n\nBy Jane Roe\n\n"
            + "https://example.com/images/harbour.jpg\nBoats return to the harbour on Monday. (Photo: Example Agency)\n\n"
            + "The harbour reopened on Monday after a week of repairs, officials said.\n\n"
            + "Boats return to the harbour on Monday\n\n"
            + "Fishermen said the season could still be saved.\n";

        var article = ArticleExtractor.Extract("harbour.txt", text).Article!;

        var image = Assert.Single(article.Images);
        Assert.Equal(("https://example.com/images/harbour.jpg", "Boats return to the harbour on Monday.", "Example Agency"), (image.Url, image.Caption, image.Credit));
        Assert.Equal(
            new[] { "The harbour reopened on Monday after a week of repairs, officials said.", "Fishermen said the season could still be saved." },
            article.Paragraphs);
    }
}
