using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsData.Extraction.Corrections.Json;

/// <summary>
/// A strict JSON reader (RFC 8259: no comments, no trailing commas) that keeps the position of every value,
/// so that a correction that no longer matches, or a malformed one, is reported at its element in the file.
/// </summary>
/// <remarks>
/// Hand-written rather than System.Text.Json: the generator and everything it loads must run in both the
/// .NET SDK's compiler and Visual Studio's, which ship their own, different builds of System.Text.Json
/// (an assembly the generator would have to bind against one of them), and <c>JsonDocument</c> gives no
/// line or column for its elements. Linear, with nesting bounded so hostile input cannot exhaust the stack.
/// </remarks>
internal sealed class JsonReader
{
    /// <summary>Deeper nesting than any corrections file needs (it needs three) is an error, not a stack overflow.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly LineMap _lines;
    private int _at;

    private JsonReader(string text)
    {
        _text = text;
        _lines = new LineMap(text);
    }

    /// <summary>Reads <paramref name="text"/> as one JSON value (white space around it allowed).</summary>
    public static JsonReadResult Read(string text)
    {
        var reader = new JsonReader(text);
        try
        {
            reader.SkipWhiteSpace();
            var root = reader.ReadValue(0);
            reader.SkipWhiteSpace();
            if (reader._at < text.Length)
            {
                reader.Fail("Only one JSON value may stand in the file; more text follows it.", 1);
            }

            return new JsonReadResult(root, null, reader._lines);
        }
        catch (JsonSyntaxException error)
        {
            return new JsonReadResult(null, error.Error, reader._lines);
        }
    }

    private JsonValue ReadValue(int depth)
    {
        if (_at >= _text.Length)
        {
            Fail("The JSON ends where a value should stand.", 0);
        }

        var c = _text[_at];
        switch (c)
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                return ReadString();
            case 't':
                return ReadWord("true", JsonKind.True);
            case 'f':
                return ReadWord("false", JsonKind.False);
            case 'n':
                return ReadWord("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                Fail(c == '\''
                    ? "Strings in JSON take double quotes (\"), not single ones."
                    : $"'{DiagnosticText.Escape(c.ToString())}' cannot start a JSON value (a string, number, object, array, true, false or null).", 1);
                return null!;
        }
    }

    private JsonValue ReadObject(int depth)
    {
        var start = _at;
        CheckDepth(depth);
        _at++;
        var members = new List<JsonMember>();
        SkipWhiteSpace();
        if (Peek() == '}')
        {
            _at++;
            return Value(JsonKind.Object, start, members: members);
        }

        while (true)
        {
            SkipWhiteSpace();
            if (Peek() != '"')
            {
                Fail(Peek() == '}' ? "A comma may not stand before the closing '}' (no trailing commas in JSON)." : "An object's member names are strings in double quotes.", Peek() is null ? 0 : 1);
            }

            var name = ReadString();
            SkipWhiteSpace();
            if (Peek() != ':')
            {
                Fail($"A ':' must follow the member name \"{DiagnosticText.Excerpt(name.Text!)}\".", Peek() is null ? 0 : 1);
            }

            _at++;
            SkipWhiteSpace();
            members.Add(new JsonMember(name, ReadValue(depth)));
            SkipWhiteSpace();
            var next = Peek();
            if (next == ',')
            {
                _at++;
                continue;
            }

            if (next == '}')
            {
                _at++;
                return Value(JsonKind.Object, start, members: members);
            }

            Fail(next is null ? "The JSON ends inside an object: a '}' is missing." : "A ',' or the closing '}' must follow an object's member.", next is null ? 0 : 1);
        }
    }

    private JsonValue ReadArray(int depth)
    {
        var start = _at;
        CheckDepth(depth);
        _at++;
        var items = new List<JsonValue>();
        SkipWhiteSpace();
        if (Peek() == ']')
        {
            _at++;
            return Value(JsonKind.Array, start, items: items);
        }

        while (true)
        {
            SkipWhiteSpace();
            if (Peek() == ']')
            {
                Fail("A comma may not stand before the closing ']' (no trailing commas in JSON).", 1);
            }

            items.Add(ReadValue(depth));
            SkipWhiteSpace();
            var next = Peek();
            if (next == ',')
            {
                _at++;
                continue;
            }

            if (next == ']')
            {
                _at++;
                return Value(JsonKind.Array, start, items: items);
            }

            Fail(next is null ? "The JSON ends inside an array: a ']' is missing." : "A ',' or the closing ']' must follow an array's item.", next is null ? 0 : 1);
        }
    }

    private JsonValue ReadString()
    {
        var start = _at++;
        StringBuilder? decoded = null;
        var runStart = _at;
        while (true)
        {
            if (_at >= _text.Length)
            {
                _at = start;
                Fail("This string is never closed: a '\"' is missing.", 1);
            }

            var c = _text[_at];
            if (c == '"')
            {
                var value = decoded is null ? _text.Substring(runStart, _at - runStart) : decoded.Append(_text, runStart, _at - runStart).ToString();
                _at++;
                return Value(JsonKind.String, start, text: value);
            }

            if (c < ' ')
            {
                Fail(c is '\n' or '\r'
                    ? "This string is never closed on its line: a line break cannot stand inside a JSON string (write \\n)."
                    : $"A control character (U+{(int)c:X4}) cannot stand inside a JSON string; write it as an escape.", 1);
            }

            if (c != '\\')
            {
                _at++;
                continue;
            }

            decoded ??= new StringBuilder();
            decoded.Append(_text, runStart, _at - runStart);
            decoded.Append(ReadEscape());
            runStart = _at;
        }
    }

    private char ReadEscape()
    {
        var escapeStart = _at;
        _at++;
        var c = Peek();
        _at++;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_at + 4 <= _text.Length && int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _at += 4;
                    return (char)code;
                }

                break;
        }

        _at = escapeStart;
        Fail(c is null ? "This string is never closed: a '\"' is missing." : "Not a JSON escape: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits.", c is null ? 1 : 2);
        return '\0';
    }

    private JsonValue ReadNumber()
    {
        var start = _at;
        if (Peek() == '-')
        {
            _at++;
        }

        if (Peek() == '0')
        {
            _at++;
        }
        else if (!Digits())
        {
            Fail("A number needs a digit after its '-'.", 1);
        }

        if (Peek() == '.')
        {
            _at++;
            if (!Digits())
            {
                Fail("A number needs digits after its decimal point.", 1);
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _at++;
            if (Peek() is '+' or '-')
            {
                _at++;
            }

            if (!Digits())
            {
                Fail("A number needs digits in its exponent.", 1);
            }
        }

        if (Peek() is { } after && (char.IsLetterOrDigit(after) || after == '.'))
        {
            Fail("Not a JSON number.", 1);
        }

        return Value(JsonKind.Number, start, text: _text.Substring(start, _at - start));
    }

    private bool Digits()
    {
        var start = _at;
        while (Peek() is >= '0' and <= '9')
        {
            _at++;
        }

        return _at > start;
    }

    private JsonValue ReadWord(string word, JsonKind kind)
    {
        var start = _at;
        if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0
            || (_at + word.Length < _text.Length && char.IsLetterOrDigit(_text[_at + word.Length])))
        {
            var end = _at;
            while (end < _text.Length && char.IsLetterOrDigit(_text[end]))
            {
                end++;
            }

            Fail($"'{DiagnosticText.Excerpt(_text.Substring(_at, end - _at))}' is not JSON: strings take double quotes, and the words are true, false and null.", end - _at);
        }

        _at += word.Length;
        return Value(kind, start);
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            Fail($"Objects and arrays are nested more than {MaxDepth} deep here; a corrections file needs three levels.", 1);
        }
    }

    private void SkipWhiteSpace()
    {
        while (_at < _text.Length && _text[_at] is ' ' or '\t' or '\n' or '\r')
        {
            _at++;
        }
    }

    private char? Peek() => _at < _text.Length ? _text[_at] : null;

    private JsonValue Value(JsonKind kind, int start, string? text = null, List<JsonMember>? members = null, List<JsonValue>? items = null) =>
        new(kind, new TextSpan(start, _at - start), _lines.Position(start), _lines.Position(_at), text, members, items);

    private void Fail(string message, int length)
    {
        var start = System.Math.Min(_at, _text.Length);
        length = System.Math.Max(0, System.Math.Min(length, _text.Length - start));
        throw new JsonSyntaxException(new JsonError(message, new TextSpan(start, length), _lines.Position(start), _lines.Position(start + length)));
    }

    private sealed class JsonSyntaxException(JsonError error) : System.Exception(error.Message)
    {
        public JsonError Error { get; } = error;
    }
}

/// <summary>What a read gave: the root value, or the first syntax error (and no value).</summary>
internal sealed record JsonReadResult(JsonValue? Root, JsonError? Error, LineMap Lines);

/// <summary>A syntax error and where it stands.</summary>
internal sealed record JsonError(string Message, TextSpan Span, TextPosition Start, TextPosition End);
