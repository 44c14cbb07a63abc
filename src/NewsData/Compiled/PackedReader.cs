using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsData.Compiled;

/// <summary>Reads what <see cref="PackedWriter"/> wrote, front to back. A malformed packing throws <see cref="FormatException"/>.</summary>
internal struct PackedReader
{
    private readonly string _packed;
    private int _position;

    public PackedReader(string packed)
    {
        _packed = packed ?? throw new ArgumentNullException(nameof(packed));
        _position = 0;
    }

    public bool AtEnd => _position >= _packed.Length;

    [MethodImpl(Optimized.Startup)]
    public int Number()
    {
        var value = 0;
        while (true)
        {
            if (_position >= _packed.Length)
            {
                throw new FormatException("A packed number runs past the end of its data.");
            }

            var c = _packed[_position++];
            var digit = c < 128 ? PackedDigits.Values[c] : -1;
            if (digit < 0)
            {
                throw new FormatException($"'{c}' at {_position - 1} is not a packed digit.");
            }

            if (digit < 32)
            {
                return (value << 5) | digit;
            }

            value = (value << 5) | (digit - 32);
        }
    }

    public string? String()
    {
        var length = Number();
        return length == 0 ? null : Chars(length - 1);
    }

    public string[] Strings()
    {
        var items = new string[Number()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = String() ?? throw new FormatException("A packed list of strings holds a null.");
        }

        return items;
    }

    /// <summary>What <see cref="PackedWriter.Date"/> wrote.</summary>
    public PublicationDate? Date()
    {
        if (Number() == 0)
        {
            return null;
        }

        var date = new DateTime(Number(), Number(), Number());
        var seconds = Number();
        var offset = Number();
        return new PublicationDate(
            date,
            seconds == 0 ? null : TimeSpan.FromSeconds(seconds - 1),
            offset == 0 ? null : TimeSpan.FromMinutes(offset - PackedWriter.OffsetBias));
    }

    /// <summary>A text value: null, a span of the article's text, or a string of its own.</summary>
    public PackedText Text(int origin = 0)
    {
        var tag = Number();
        return tag switch
        {
            0 => default,
            1 => new PackedText(null, new TextSpan(Number(), Number())),
            2 => new PackedText(null, new TextSpan(origin + Number(), Number())),
            _ => new PackedText(Chars(tag - 3), null),
        };
    }

    /// <summary>What <see cref="PackedWriter.Framed"/> wrote.</summary>
    public string? Framed(string prefix, string suffix) => Number() switch
    {
        0 => null,
        1 => prefix + String() + suffix,
        2 => String(),
        var tag => throw new FormatException($"Unknown framed string tag {tag}."),
    };

    private string Chars(int length)
    {
        if (length > _packed.Length - _position)
        {
            throw new FormatException("A packed string runs past the end of its data.");
        }

        var value = _packed.Substring(_position, length);
        _position += length;
        return value;
    }
}

/// <summary>A packed text value before the article's text is read: a string of its own, a span, or neither (null).</summary>
internal readonly struct PackedText
{
    private readonly string? _value;
    private readonly TextSpan? _span;

    public PackedText(string? value, TextSpan? span)
    {
        _value = value;
        _span = span;
    }

    public bool IsNull => _value is null && _span is null;

    /// <summary>Where a span ends, the origin of the next paragraph's; null for a string.</summary>
    public int? SpanEnd => _span?.End;

    public string? Resolve(ArticleText text) => _span is { } span ? text.Slice(span) : _value;

    /// <summary>Resolves every value of <paramref name="values"/> against the text, when they are first read.</summary>
    [MethodImpl(Optimized.Startup)]
    public static string[] ResolveAll(IReadOnlyList<PackedText> values, ArticleText text)
    {
        var result = new string[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = values[i].Resolve(text) ?? string.Empty;
        }

        return result;
    }
}
