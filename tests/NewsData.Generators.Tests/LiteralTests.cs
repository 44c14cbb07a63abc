using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsData.Generators.Emitting;

namespace NewsData.Generators.Tests;

/// <summary>Escaping, checked by the compiler's own parser: the literal must mean exactly the input.</summary>
public class LiteralTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\ and \"\"\" triple")]
    [InlineData("line\nbreaks\r\nand\u2028separators\u2029and\u0085next-line")]
    [InlineData("control \u0000 \u0007 \u001B characters")]
    [InlineData("bidi \u202E override \u2066 isolate and zero\u200Bwidth")]
    [InlineData("emoji \U0001F600 pair and lone \uD800 surrogate")]
    [InlineData("{braces} #error */ // <!-- </summary>")]
    public void String_literal_parses_back_to_the_same_text(string value)
    {
        var literal = Literals.String(value);
        var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);

        Assert.False(parsed.ContainsDiagnostics);
        Assert.Equal(value, parsed.Token.ValueText);
        Assert.DoesNotContain('\n', literal);
        Assert.DoesNotContain('\u2028', literal);
        Assert.DoesNotContain('\u202E', literal);
    }

    [Fact]
    public void Null_becomes_the_null_literal()
    {
        Assert.Equal("null", Literals.String(null));
    }

    [Fact]
    public void Xml_doc_text_escapes_markup_and_stays_on_one_line()
    {
        var doc = Literals.XmlDoc("A </summary> & <b>bold</b>\nnext\u2028line \U0001F600");

        Assert.Equal("A &lt;/summary&gt; &amp; &lt;b&gt;bold&lt;/b&gt; next line \U0001F600", doc);
    }
}
