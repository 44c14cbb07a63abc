using System.Collections.Generic;

namespace NewsData.Extraction.Corrections.Json;

/// <summary>What a JSON value is.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One JSON value and where it stands in its file: offsets and the line and column of both ends, so that a
/// diagnostic about any element (a key, a value, an array item) can point at it.
/// </summary>
internal sealed class JsonValue
{
    private static readonly IReadOnlyList<JsonMember> NoMembers = new JsonMember[0];
    private static readonly IReadOnlyList<JsonValue> NoItems = new JsonValue[0];

    public JsonValue(JsonKind kind, TextSpan span, TextPosition start, TextPosition end, string? text = null, IReadOnlyList<JsonMember>? members = null, IReadOnlyList<JsonValue>? items = null)
    {
        Kind = kind;
        Span = span;
        Start = start;
        End = end;
        Text = text;
        Members = members ?? NoMembers;
        Items = items ?? NoItems;
    }

    public JsonKind Kind { get; }

    /// <summary>The value's characters in the file, quotes and brackets included.</summary>
    public TextSpan Span { get; }

    public TextPosition Start { get; }

    public TextPosition End { get; }

    /// <summary>A string's decoded value, or a number as written; null for other kinds.</summary>
    public string? Text { get; }

    /// <summary>An object's members in file order (duplicates kept: the reader of the document decides).</summary>
    public IReadOnlyList<JsonMember> Members { get; }

    /// <summary>An array's items in order.</summary>
    public IReadOnlyList<JsonValue> Items { get; }

    public bool IsString => Kind == JsonKind.String;

    public bool IsBoolean => Kind is JsonKind.True or JsonKind.False;

    /// <summary>How the kind reads in a message: "a string", "an object", …</summary>
    public string Describe() => Describe(Kind);

    public static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Null => "null",
        _ => kind == JsonKind.True ? "true" : "false",
    };
}

/// <summary>A member of a JSON object: its name (with the name's own position) and its value.</summary>
internal sealed class JsonMember
{
    public JsonMember(JsonValue name, JsonValue value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The name, a string value positioned where the key is written.</summary>
    public JsonValue Name { get; }

    public JsonValue Value { get; }

    public string Key => Name.Text!;
}
