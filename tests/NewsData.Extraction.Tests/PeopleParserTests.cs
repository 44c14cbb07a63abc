using NewsData.Extraction.People;

namespace NewsData.Extraction.Tests;

public class PeopleParserTests
{
    [Theory]
    [InlineData("By News Desk - February 25 2022", new[] { "News Desk" })]
    [InlineData("By JERUSALEM POST STAFF", new[] { "Jerusalem Post Staff" })]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Anna Smith, Ben Jones and Carla Diaz", new[] { "Anna Smith", "Ben Jones", "Carla Diaz" })]
    [InlineData("By Andrew Roth in Moscow and agencies", new[] { "Andrew Roth" })]
    [InlineData("By John Smith, Political Editor", new[] { "John Smith" })]
    [InlineData("Written by Tom Baker | Published 12 January 2023", new[] { "Tom Baker" })]
    [InlineData("Posted by Maria Rossi on March 3, 2022", new[] { "Maria Rossi" })]
    [InlineData("By: Lena Müller & Jean-Paul O'Neill", new[] { "Lena Müller", "Jean-Paul O'Neill" })]
    [InlineData("BY SEAN O'NEILL AND MARIE-CLAIRE DE LA CROIX", new[] { "Sean O'Neill", "Marie-Claire de la Croix" })]
    [InlineData("Author: Ahmed bin Salman", new[] { "Ahmed bin Salman" })]
    [InlineData("By AP", new[] { "AP" })]
    public void Reads_bylines(string line, string[] authors)
    {
        var byline = BylineParser.TryParse(line);

        Assert.NotNull(byline);
        Assert.Equal(authors, byline!.Authors);
    }

    [Theory]
    [InlineData("By the end of the year, prices had doubled.")]
    [InlineData("By Monday, the army had withdrawn from the city.")]
    [InlineData("By contrast, exports rose.")]
    [InlineData("By February 2022 the talks had stalled")]
    [InlineData("Bypass roads were closed")]
    [InlineData("By")]
    public void Rejects_sentences_that_start_with_by(string line)
    {
        Assert.Null(BylineParser.TryParse(line));
    }

    [Theory]
    [InlineData("Lahav Harkov contributed to this report.", new string[0], new[] { "Lahav Harkov" })]
    [InlineData("(Reporting by Jane Doe in Moscow; Writing by Tom Roe; Editing by Alex Smith)", new[] { "Jane Doe", "Tom Roe" }, new string[0])]
    [InlineData("Additional reporting by Max Mustermann and Erika Musterfrau", new string[0], new[] { "Max Mustermann", "Erika Musterfrau" })]
    public void Reads_staff_credit_lines(string line, string[] reporters, string[] contributors)
    {
        var credits = CreditLineParser.TryParse(line);

        Assert.NotNull(credits);
        Assert.Equal(reporters, credits!.Reporters);
        Assert.Equal(contributors, credits.Contributors);
    }

    [Theory]
    [InlineData("The ministry contributed funds to the project, officials said last week in a statement.")]
    [InlineData("Reporting by the state media suggested the talks had collapsed")]
    public void Does_not_take_sentences_for_credit_lines(string line)
    {
        Assert.Null(CreditLineParser.TryParse(line));
    }
}
