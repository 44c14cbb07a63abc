using System;
using System.Linq;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Tests;

/// <summary>Looking labels up by first letter finds every label a full scan would, in the same order.</summary>
public class LabelIndexTests
{
    private static readonly string[] Labels = { "photo credit", "Photo", "picture", "credit", "\u00A9", "(c) ", "ıllustration", "" };

    [Theory]
    [InlineData("Photo credit: Reuters")]
    [InlineData("PICTURE: AP")]
    [InlineData("credit: x")]
    [InlineData("\u00A9 Getty")]
    [InlineData("(c) 2022")]
    [InlineData("ſtory")] // long s: ignoring case, it is an S
    [InlineData("The minister said")]
    [InlineData("")]
    public void Candidates_are_the_labels_a_full_scan_would_match_in_list_order(string line)
    {
        var index = LabelIndex.Of(Labels);

        var expected = Labels.Where(label => line.StartsWith(label, StringComparison.OrdinalIgnoreCase)).ToList();
        var candidates = index.At(line, 0);
        var found = candidates.Where(label => line.StartsWith(label, StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Equal(expected, found);
        Assert.Equal(candidates.OrderBy(label => Array.IndexOf(Labels, label)), candidates);
    }

    [Fact]
    public void A_line_starting_with_a_letter_no_label_starts_with_is_compared_only_with_labels_that_could_match_anything()
    {
        var index = LabelIndex.Of(Labels);

        Assert.Equal(new[] { "\u00A9", "ıllustration", "" }, index.At("The minister said", 0));
        Assert.Equal(Labels, index.At("ſtory", 0)); // not ASCII: every label is a candidate
    }
}
