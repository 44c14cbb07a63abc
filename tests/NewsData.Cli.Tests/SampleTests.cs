using System.IO;

namespace NewsData.Cli.Tests;

/// <summary>The README's first command: the sample prints the seed corpus from the generated types.</summary>
public class SampleTests
{
    [Fact]
    public void Sample_prints_both_seed_articles_with_their_metadata()
    {
        var output = new StringWriter();

        NewsData.Sample.Program.Print(output);

        var text = output.ToString();
        Assert.Contains("NewsCorpus: 2 articles", text);
        Assert.Contains("Iranian president calls NATO expansion \u2018serious threat\u2019 to regional stability", text);
        Assert.Contains("Russian President Vladimir Putin speaks with Iran's Raisi - report", text);
        Assert.Contains("Published:  2022-02-24T21:30", text);
        Assert.Contains("Publisher:  The Cradle", text);
        Assert.Contains("Authors:    Jerusalem Post Staff", text);
        Assert.Contains("Paragraphs: 9", text);
        Assert.Contains("Images:     2", text);
    }
}
