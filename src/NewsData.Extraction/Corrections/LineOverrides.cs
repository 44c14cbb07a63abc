using System.Collections.Generic;
using NewsData.Extraction.Lines;

namespace NewsData.Extraction.Corrections;

/// <summary>
/// The line corrections of one article, applied to its classified lines before the line models read the page:
/// a <c>furniture</c> line becomes page furniture (so it is never the headline, the standfirst, a caption or
/// body), and a <c>body</c> line becomes text that the models must take as body and never as the headline.
/// Lines are matched by their exact text, trimmed as the extractor trims lines.
/// </summary>
internal sealed class LineOverrides
{
    private readonly Dictionary<string, LineCorrection> _byText = new(System.StringComparer.Ordinal);
    private readonly HashSet<LineCorrection> _matched = new();

    public LineOverrides(IEnumerable<LineCorrection> corrections)
    {
        foreach (var correction in corrections)
        {
            _byText[correction.Text] = correction;
        }
    }

    public bool IsEmpty => _byText.Count == 0;

    /// <summary>The corrections that matched no line of the page.</summary>
    public IEnumerable<LineCorrection> Unmatched()
    {
        foreach (var correction in _byText.Values)
        {
            if (!_matched.Contains(correction))
            {
                yield return correction;
            }
        }
    }

    /// <summary>Re-kinds the matching lines; returns which lines (by index) must be body, or null when none must.</summary>
    public bool[]? Apply(string text, List<LineInfo> lines)
    {
        bool[]? forcedBody = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank || Find(text, line) is not { } correction)
            {
                continue;
            }

            _matched.Add(correction);
            if (correction.IsBody)
            {
                // Whatever the classifier read out of it (a byline, a caption) no longer counts.
                lines[i] = new LineInfo(line.Line, text.Substring(line.Line.Start, line.Line.Length), LineKind.Text);
                (forcedBody ??= new bool[lines.Count])[i] = true;
            }
            else
            {
                lines[i] = new LineInfo(line.Line, line.Text, LineKind.Junk);
            }
        }

        return forcedBody;
    }

    // The line as the file has it, or as the classifier kept it (one copy of a line printed twice).
    private LineCorrection? Find(string text, LineInfo line)
    {
        if (_byText.TryGetValue(line.Text, out var correction))
        {
            return correction;
        }

        return line.WasDoubled && _byText.TryGetValue(text.Substring(line.Line.Start, line.Line.Length), out correction) ? correction : null;
    }
}
