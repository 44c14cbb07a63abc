using NewsData.Extraction.Text;

namespace NewsData.Extraction.Tests;

/// <summary><see cref="Words.Measure(string, int, int, int)"/>: what counts as a word, and how its case is read.</summary>
public class WordsTests
{
    [Theory]
    [InlineData("Breaking NEWS: the UN said 5 times \u2014", 7, 3, 2, 3)] // the dash alone is no word; "5" is one without a letter
    [InlineData("\u01C5emal \u4E2D\u6587 I A.", 4, 2, 0, 0)] // a title-case or caseless first letter is neither capitalised nor lower case; "I" is too short for ALL CAPS
    [InlineData("one\u200Btwo\u00A0three", 3, 0, 0, 3)] // a zero-width space and a no-break space separate words
    [InlineData("   ", 0, 0, 0, 0)]
    [InlineData("-- | \u2022", 0, 0, 0, 0)]
    [InlineData("\u00C9T\u00C9 \u00E9t\u00E9", 2, 1, 1, 1)]
    public void Measure_counts_words_and_reads_their_case(string text, int count, int capitalized, int allCaps, int lowercase)
    {
        var words = Words.Measure(text);

        Assert.Equal((count, capitalized, allCaps, lowercase), (words.Count, words.Capitalized, words.AllCaps, words.Lowercase));
    }

    [Fact]
    public void Measure_reads_only_its_window_and_stops_after_max_words()
    {
        var window = Words.Measure("xx Alpha beta yy", 3, 10);
        var firstTwo = Words.Measure("One two three four", 0, 18, maxWords: 2);
        var none = Words.Measure("One two", 0, 7, maxWords: 0);

        Assert.Equal((2, 1, 1), (window.Count, window.Capitalized, window.Lowercase));
        Assert.Equal((2, 1, 1), (firstTwo.Count, firstTwo.Capitalized, firstTwo.Lowercase));
        Assert.Equal(0, none.Count);
    }

    [Theory]
    [InlineData("one two three four five", 3, 3)]
    [InlineData("one two", 3, 2)]
    [InlineData("-- one -- two", 5, 2)] // marks alone are no words, and do not use up the limit
    public void CountAtMost_counts_up_to_its_limit(string text, int limit, int expected)
    {
        Assert.Equal(expected, Words.CountAtMost(text, limit));
        Assert.Equal(expected, Words.CountAtMost("[" + text + "]", 1, text.Length, limit));
    }

    [Fact]
    public void Measure_of_one_character_agrees_with_char_classes_for_every_UTF16_code_unit()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var words = Words.Measure(c.ToString());
            var isWord = !TextChars.IsBlank(c) && (char.IsLetter(c) || char.IsDigit(c));
            Assert.True(
                (isWord ? 1 : 0, isWord && char.IsUpper(c) ? 1 : 0, isWord && char.IsLower(c) ? 1 : 0, 0)
                    == (words.Count, words.Capitalized, words.Lowercase, words.AllCaps),
                $"U+{code:X4}");
        }
    }
}
