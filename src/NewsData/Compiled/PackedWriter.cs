using System;
using System.Collections.Generic;
using System.Text;

namespace NewsData.Compiled;

/// <summary>
/// Writes the packed form <see cref="PackedReader"/> reads: non-negative numbers in
/// <see cref="PackedDigits"/>, strings as their length then their characters, text values either as
/// a span of the article's own text or, where they are not verbatim in it, as a string.
/// </summary>
internal sealed class PackedWriter
{
    private readonly StringBuilder _builder = new();
    private readonly char[] _digits = new char[8];

    public PackedWriter Number(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Packed numbers are never negative.");
        }

        var count = 0;
        _digits[count++] = PackedDigits.Final[value & 31];
        for (value >>= 5; value > 0; value >>= 5)
        {
            _digits[count++] = PackedDigits.More[value & 31];
        }

        while (count > 0)
        {
            _builder.Append(_digits[--count]);
        }

        return this;
    }

    /// <summary>0 for null, otherwise the length plus one, then the characters.</summary>
    public PackedWriter String(string? value)
    {
        if (value is null)
        {
            return Number(0);
        }

        Number(value.Length + 1);
        _builder.Append(value);
        return this;
    }

    public PackedWriter Strings(IReadOnlyList<string> values)
    {
        Number(values.Count);
        foreach (var value in values)
        {
            String(value);
        }

        return this;
    }

    /// <summary>
    /// 0 for null; 1, start, length for a span of the article's text; 2, start minus
    /// <paramref name="origin"/>, length for a span at or after it (smaller numbers for consecutive
    /// paragraphs); otherwise the length plus three, then the characters.
    /// </summary>
    public PackedWriter Text(string? value, TextSpan? span, int origin = 0)
    {
        if (value is null)
        {
            return Number(0);
        }

        if (span is { } at)
        {
            return origin > 0 && at.Start >= origin
                ? Number(2).Number(at.Start - origin).Number(at.Length)
                : Number(1).Number(at.Start).Number(at.Length);
        }

        Number(value.Length + 3);
        _builder.Append(value);
        return this;
    }

    /// <summary>
    /// A string that usually starts with <paramref name="prefix"/> and ends with <paramref name="suffix"/>
    /// (a file name and its id, a resource name and its file): 0 for null, 1 and only the middle when it
    /// does, 2 and the whole string when not.
    /// </summary>
    public PackedWriter Framed(string? value, string prefix, string suffix)
    {
        if (value is null)
        {
            return Number(0);
        }

        return value.Length >= prefix.Length + suffix.Length
            && value.StartsWith(prefix, StringComparison.Ordinal) && value.EndsWith(suffix, StringComparison.Ordinal)
            ? Number(1).String(value.Substring(prefix.Length, value.Length - prefix.Length - suffix.Length))
            : Number(2).String(value);
    }

    /// <summary>0 for null; otherwise 1, year, month, day, then the time of day in seconds plus one (0 for none), then the offset in minutes plus 841 (0 for none; offsets are within ±14 hours).</summary>
    public PackedWriter Date(PublicationDate? date)
    {
        if (date is not { } value)
        {
            return Number(0);
        }

        Number(1).Number(value.Date.Year).Number(value.Date.Month).Number(value.Date.Day);
        Number(value.TimeOfDay is { } time ? (int)time.TotalSeconds + 1 : 0);
        return Number(value.Offset is { } offset ? (int)offset.TotalMinutes + OffsetBias : 0);
    }

    /// <summary>Shifts offsets (±14 hours, 840 minutes) above zero, with 0 left for none.</summary>
    internal const int OffsetBias = 841;

    public override string ToString() => _builder.ToString();
}
