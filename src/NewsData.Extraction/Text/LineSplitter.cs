using System.Collections.Generic;
using System.Threading;

namespace NewsData.Extraction.Text;

/// <summary>Splits text into trimmed lines on LF, CRLF, lone CR, NEL, LS and PS.</summary>
internal static class LineSplitter
{
    public static List<SourceLine> Split(string text, CancellationToken cancellationToken)
    {
        var lines = new List<SourceLine>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsLineBreak(text[i]))
            {
                continue;
            }

            if ((lines.Count & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            lines.Add(Trimmed(text, lines.Count, lineStart, i));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        return lines;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static SourceLine Trimmed(string text, int number, int start, int end)
    {
        while (start < end && TextChars.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && TextChars.IsBlank(text[end - 1]))
        {
            end--;
        }

        return new SourceLine(number, start, end - start);
    }
}
