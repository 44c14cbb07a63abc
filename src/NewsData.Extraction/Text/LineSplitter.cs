using System.Collections.Generic;
using System.Threading;

namespace NewsData.Extraction.Text;

/// <summary>Splits text into trimmed lines on LF, CRLF, lone CR, NEL, LS and PS.</summary>
internal static class LineSplitter
{
    public static List<SourceLine> Split(string text, CancellationToken cancellationToken)
    {
        // The runtime's vectorised search finds each break; a line is not looked at character by character.
        var lines = new List<SourceLine>();
        var lineStart = 0;
        while (true)
        {
            var lineBreak = text.IndexOfAny(LineBreaks, lineStart);
            if ((lines.Count & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            lines.Add(Trimmed(text, lines.Count, lineStart, lineBreak < 0 ? text.Length : lineBreak));
            if (lineBreak < 0)
            {
                return lines;
            }

            if (text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n')
            {
                lineBreak++;
            }

            lineStart = lineBreak + 1;
        }
    }

    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

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
