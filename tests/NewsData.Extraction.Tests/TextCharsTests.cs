using NewsData.Extraction.Text;

namespace NewsData.Extraction.Tests;

/// <summary>The ASCII fast path of <see cref="TextChars.IsBlank"/> changes no answer.</summary>
public class TextCharsTests
{
    [Fact]
    public void IsBlank_answers_as_its_definition_for_every_UTF16_code_unit()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var defined = char.IsWhiteSpace(c)
                || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'
                || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
            Assert.True(defined == TextChars.IsBlank(c), $"U+{code:X4}");
        }
    }
}
