using System.Collections.Generic;

namespace NewsData.Extraction.Text;

/// <summary>
/// The first letters of a list of labels that are compared ignoring case ("Photo credit:", "By",
/// "Published"). Most lines are prose that starts with none of them, and one table lookup rules out
/// the whole list before any comparison. Exact: only an ASCII character outside the set says no, and
/// for ASCII, ignoring case is plain ASCII case folding.
/// </summary>
internal sealed class FirstLetters
{
    private readonly bool[] _ascii = new bool[128];
    private readonly bool _anyNonAscii;

    public FirstLetters(IEnumerable<string> labels)
    {
        foreach (var label in labels)
        {
            if (label.Length == 0 || label[0] >= 128)
            {
                _anyNonAscii = true; // an empty or non-ASCII label could match anything: never rule out
                continue;
            }

            var c = label[0];
            _ascii[c] = true;
            _ascii[c is >= 'a' and <= 'z' ? c - 32 : c is >= 'A' and <= 'Z' ? c + 32 : c] = true;
        }
    }

    /// <summary>False when no label can start at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public bool MayStartAt(string text, int index)
    {
        if (index >= text.Length)
        {
            return _anyNonAscii;
        }

        var c = text[index];
        return c >= 128 || _anyNonAscii || _ascii[c];
    }
}
