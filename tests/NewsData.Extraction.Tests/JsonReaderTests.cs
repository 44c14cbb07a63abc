using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using NewsData.Extraction.Corrections.Json;

namespace NewsData.Extraction.Tests;

/// <summary>The corrections files' JSON reader: strict JSON, and the position of every value.</summary>
public class JsonReaderTests
{
    [Fact]
    public void Every_value_keeps_its_offsets_line_and_column()
    {
        const string Text = "{\n  \"title\": \"A\\u00e9\\\"b\",\r\n  \"quotes\": [ { \"remove\": true }, null, -1.5e3 ]\n}";

        var result = JsonReader.Read(Text);

        Assert.Null(result.Error);
        var root = result.Root!;
        Assert.Equal(new TextSpan(0, Text.Length), root.Span);
        var title = root.Members[0];
        Assert.Equal("title", title.Key);
        Assert.Equal(new TextPosition(1, 2), title.Name.Start);
        Assert.Equal("A\u00e9\"b", title.Value.Text);
        Assert.Equal(new TextPosition(1, 11), title.Value.Start);
        Assert.Equal("\"A\\u00e9\\\"b\"", title.Value.Span.Slice(Text));
        var quotes = root.Members[1].Value;
        Assert.Equal(new TextPosition(2, 12), quotes.Start);
        Assert.Equal(new[] { JsonKind.Object, JsonKind.Null, JsonKind.Number }, quotes.Items.Select(i => i.Kind));
        Assert.Equal(new TextPosition(2, 14), quotes.Items[0].Start);
        Assert.Equal(JsonKind.True, quotes.Items[0].Members[0].Value.Kind);
        Assert.Equal("-1.5e3", quotes.Items[2].Text);
        Assert.Equal(new TextPosition(3, 1), root.End);
    }

    [Fact]
    public void Lines_are_counted_as_the_compiler_counts_them()
    {
        // A raw line separator may stand inside a JSON string; the compiler starts a line after it, and so do positions.
        var result = JsonReader.Read("[\"a\u2028b\", \"c\u0085\", 1]");

        Assert.Equal(new TextPosition(1, 4), result.Root!.Items[1].Start);
        Assert.Equal(new TextPosition(2, 3), result.Root.Items[2].Start);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 0, 8, "trailing commas")]
    [InlineData("[1, 2,]", 0, 6, "trailing commas")]
    [InlineData("{\"a\": \"b}", 0, 6, "never closed")]
    [InlineData("{'a': 1}", 0, 1, "double quotes")]
    [InlineData("{\"a\": 1} // note", 0, 9, "one JSON value")]
    [InlineData("{\"a\" 1}", 0, 5, "':'")]
    [InlineData("{\"a\": tru}", 0, 6, "is not JSON")]
    [InlineData("{\n  \"a\": \"x\ny\"\n}", 1, 9, "line break")]
    [InlineData("{\"a\": \"\\x\"}", 0, 7, "escape")]
    [InlineData("{\"a\": 01}", 0, 7, "Not a JSON number")]
    [InlineData("", 0, 0, "ends where a value")]
    [InlineData("{\"a\": [1, 2}", 0, 11, "','")]
    public void A_syntax_error_says_what_and_where(string text, int line, int column, string words)
    {
        var result = JsonReader.Read(text);

        Assert.Null(result.Root);
        Assert.Equal(new TextPosition(line, column), result.Error!.Start);
        Assert.Contains(words, result.Error.Message);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);

        var result = JsonReader.Read(text);

        Assert.Null(result.Root);
        Assert.Contains("nested more than", result.Error!.Message);
        Assert.Equal(JsonReader.MaxDepth, result.Error.Span.Start);
    }

    [Fact]
    public void It_reads_every_document_System_Text_Json_writes_to_the_same_values()
    {
        Gen.Recursive<Node>((depth, inner) => depth >= 4 ? Leaf : Gen.OneOf(Leaf,
                inner.List[0, 5].Select(items => (Node)new ArrayNode(items)),
                Gen.Select(Key, inner).List[0, 5].Select(members => (Node)new ObjectNode(members))))
            .Select(node => (node, Json: Write(node)))
            .Sample(sample =>
            {
                var result = JsonReader.Read(sample.Json);
                Assert.Null(result.Error);
                Assert.Equal(Describe(sample.node), Describe(result.Root!));
                Assert.Equal(new TextSpan(0, sample.Json.Length), result.Root!.Span);
            }, iter: 2000);
    }

    [Fact]
    public void It_accepts_exactly_what_System_Text_Json_accepts()
    {
        // Mutated documents: a character dropped, doubled or replaced by one that matters to JSON. Both readers
        // are strict RFC 8259 (System.Text.Json without comments or trailing commas, depth 64).
        var documents = Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 200], Gen.Int[0, 2], Gen.Char["{}[]\",:\\ 0e.-tfnu"]);
        documents.Sample(pick =>
        {
            var (seed, at, how, c) = pick;
            var text = Seeds[seed];
            var position = at % (text.Length + 1);
            var mutated = how switch
            {
                0 when position < text.Length => text.Remove(position, 1),
                1 => text.Insert(position, c.ToString()),
                _ when position < text.Length => text.Remove(position, 1).Insert(position, c.ToString()),
                _ => text,
            };

            Assert.True(SystemTextJsonAccepts(mutated) == (JsonReader.Read(mutated).Error is null), mutated);
        }, iter: 5000);
    }

    private static readonly string[] Seeds =
    {
        """{"title": "A title", "authors": ["Ana", "Tom"], "published": null}""",
        """{"quotes": [{"text": "We will", "speaker": "X", "kind": "direct"}, {"text": "No", "remove": true}]}""",
        """[1, -0.5, 2e10, true, false, null, "\u00e9\n"]""",
        """{"entities": [{"name": "The National", "notAnEntity": true}], "$schema": "x"}""",
    };

    private static bool SystemTextJsonAccepts(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private abstract record Node;

    private sealed record LeafNode(JsonKind Kind, string? Value) : Node;

    private sealed record ArrayNode(List<Node> Items) : Node;

    private sealed record ObjectNode(List<(string Key, Node Value)> Members) : Node;

    // Strings from printable text, accents, quotes, backslashes, control characters and astral characters.
    private static readonly Gen<string> Text = Gen.OneOf(Gen.String[Gen.Char["abc \"\\/\u00e9\u4e2d\t\n\u0001\u2028"], 0, 12], Gen.Const("\U0001F600 x"));

    private static readonly Gen<string> Key = Text;

    private static readonly Gen<Node> Leaf = Gen.OneOf(
        Text.Select(s => (Node)new LeafNode(JsonKind.String, s)),
        Gen.Double[-1e6, 1e6].Select(d => (Node)new LeafNode(JsonKind.Number, d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Int.Select(i => (Node)new LeafNode(JsonKind.Number, i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Gen.OneOf<Node>(new LeafNode(JsonKind.True, null), new LeafNode(JsonKind.False, null), new LeafNode(JsonKind.Null, null)));

    private static string Write(Node node)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = node.GetHashCode() % 2 == 0 }))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, Node node)
    {
        switch (node)
        {
            case LeafNode { Kind: JsonKind.String } leaf: writer.WriteStringValue(leaf.Value); break;
            case LeafNode { Kind: JsonKind.Number } leaf: writer.WriteRawValue(leaf.Value!); break;
            case LeafNode { Kind: JsonKind.True }: writer.WriteBooleanValue(true); break;
            case LeafNode { Kind: JsonKind.False }: writer.WriteBooleanValue(false); break;
            case LeafNode: writer.WriteNullValue(); break;
            case ArrayNode array:
                writer.WriteStartArray();
                array.Items.ForEach(item => Write(writer, item));
                writer.WriteEndArray();
                break;
            case ObjectNode obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.Members)
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
        }
    }

    private static string Describe(Node node) => node switch
    {
        LeafNode leaf => $"{leaf.Kind}:{leaf.Value}",
        ArrayNode array => "[" + string.Join(",", array.Items.Select(Describe)) + "]",
        ObjectNode obj => "{" + string.Join(",", obj.Members.Select(m => m.Key + "=" + Describe(m.Value))) + "}",
        _ => throw new InvalidOperationException(),
    };

    private static string Describe(JsonValue value) => value.Kind switch
    {
        JsonKind.Array => "[" + string.Join(",", value.Items.Select(Describe)) + "]",
        JsonKind.Object => "{" + string.Join(",", value.Members.Select(m => m.Key + "=" + Describe(m.Value))) + "}",
        _ => $"{value.Kind}:{value.Text}",
    };
}
