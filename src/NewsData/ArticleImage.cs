namespace NewsData;

/// <summary>An image that the page showed with the article.</summary>
/// <param name="Url">Where the image was served from, when the scrape kept its address.</param>
/// <param name="Caption">The caption printed with the image, once, without its credit.</param>
/// <param name="Credit">Who the image is credited to, without "Photo credit:" and the like.</param>
public sealed record ArticleImage(string? Url, string? Caption, string? Credit);
