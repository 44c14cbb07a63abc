using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Text;

/// <summary>
/// Labels compared ignoring case at the start of a line ("Photo credit:", "By", "Published"), grouped
/// by first letter. Most lines are prose, and a line starting with "T" is then compared with the few
/// labels that start with "t" instead of the whole list, in the list's order, so the first match is
/// the same. Exact: for ASCII, ignoring case is plain ASCII case folding; a line starting with any
/// other character, and a label starting with one, is always compared.
/// </summary>
internal sealed class LabelIndex<T>
{
    private readonly T[][] _byAscii = new T[128][];
    private readonly T[] _all;

    public LabelIndex(IReadOnlyList<T> items, Func<T, string> label)
    {
        _all = new T[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            _all[i] = items[i];
        }

        for (var c = 0; c < 128; c++)
        {
            var candidates = new List<T>();
            foreach (var item in items)
            {
                var text = label(item);
                if (text.Length == 0 || text[0] >= 128 || AsciiUpper(text[0]) == AsciiUpper((char)c))
                {
                    candidates.Add(item);
                }
            }

            _byAscii[c] = candidates.ToArray();
        }
    }

    /// <summary>The labels that may start at <paramref name="index"/> of <paramref name="text"/>, in list order.</summary>
    public T[] At(string text, int index) =>
        index < text.Length && text[index] < 128 ? _byAscii[text[index]] : _all;

    private static char AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
}

/// <summary>Creates <see cref="LabelIndex{T}"/> for plain string labels.</summary>
internal static class LabelIndex
{
    public static LabelIndex<string> Of(string[] labels) => new(labels, label => label);
}
