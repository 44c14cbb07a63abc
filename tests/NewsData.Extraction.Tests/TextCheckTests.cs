using System.Collections.Generic;
using System.Linq;

namespace NewsData.Extraction.Tests;

/// <summary>Binary is told from text by the share of control characters in the first 4,096 characters.</summary>
public class TextCheckTests
{
    [Fact]
    public void Control_characters_are_counted_from_the_first_one_in_the_sample_only()
    {
        // 200 prose characters, then 30 control characters, then 5,000 more beyond the sample.
        var text = new string('a', 200) + new string('\u0001', 20) + "b\u007F\u0090" + new string('\u001B', 8) + new string('c', 4000) + new string('\u0002', 5000);
        var diagnostics = new List<ExtractionDiagnostic>();

        Assert.True(TextCheck.Check(text, "f.txt", diagnostics)); // 30 of 4,096 is under a tenth
        Assert.Empty(diagnostics);

        var binary = new string('a', 100) + string.Concat(Enumerable.Repeat("\u0001x", 300));
        Assert.False(TextCheck.Check(binary, "f.txt", diagnostics));
        Assert.Contains("300 of its first 700 characters are control characters", diagnostics.Single().Message);
    }

    [Fact]
    public void Line_breaks_tabs_form_feeds_and_next_line_are_not_control_characters_here()
    {
        var text = string.Concat(Enumerable.Repeat("\n\r\t\f\u000B\u0085", 100));
        var diagnostics = new List<ExtractionDiagnostic>();

        Assert.True(TextCheck.Check(text, "f.txt", diagnostics));
        Assert.Empty(diagnostics);
    }
}
