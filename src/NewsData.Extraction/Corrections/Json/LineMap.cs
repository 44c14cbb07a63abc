using System.Collections.Generic;

namespace NewsData.Extraction.Corrections.Json;

/// <summary>
/// Where each line of a text starts, counting line breaks as the compiler does (CRLF, CR, LF, NEL, LS, PS;
/// the rules of <see cref="TextPosition"/>), so an offset's line and column are a binary search away.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = new() { 0 };

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public TextPosition Position(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new TextPosition(line, offset - _starts[line]);
    }
}
