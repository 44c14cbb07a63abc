using System;

namespace NewsData;

/// <summary>
/// A range of UTF-16 code units in an article's source text, as decoded (byte order mark removed):
/// <c>text.Substring(Start, Length)</c> is exactly what the file says.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The text this span covers in <paramref name="source"/>.</summary>
    public string Slice(string source)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        return source.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
