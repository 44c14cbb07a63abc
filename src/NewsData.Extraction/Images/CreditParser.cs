using System;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Images;

/// <summary>
/// Recognises photo credits: labelled ("Photo credit: X", "(credit: X)", "Photograph: X/Reuters",
/// "Image source, Getty Images") or unlabelled but unmistakable ("AP Photo/Evan Vucci", "AFP via Getty Images").
/// </summary>
internal static class CreditParser
{
    // Longest first, so "photo credit" is tried before "photo".
    private static readonly string[] Labels =
    {
        "photo illustration", "photography by", "photo courtesy of", "photo courtesy", "courtesy photo", "photo credits",
        "photo credit", "image credits", "image credit", "picture credit", "image source", "image courtesy",
        "photo by", "image by", "picture by", "file photo", "photograph", "illustration", "courtesy of",
        "courtesy", "credits", "credit", "picture", "graphic", "photos", "photo", "image", "pic",
    };

    private static readonly LabelIndex<string> LabelIndex = Text.LabelIndex.Of(Labels);

    private static readonly string[] AgencyMarkers =
    {
        "getty", "reuters", "ap photo", "afp", "epa", "shutterstock", "alamy", "pa images", "pa wire", "pa media",
        "bloomberg", "xinhua", "anadolu", "sputnik", "tass", "handout", "pool", "istock", "dpa", "efe", "ansa",
        "associated press", "nurphoto", "sipa", "zuma", "rex features", "eyevine", "wikimedia", "unsplash", "flickr",
        "press office", "press service", "via ",
    };

    /// <summary>A credit line has at most this many words; the classifier, which has counted them, asks no longer line.</summary>
    public const int MaxCreditLineWords = 14;

    /// <summary>A line that is only a credit: "(Photo credit: Xinhua News)", "Getty Images", "REUTERS/Jane Doe".</summary>
    public static bool TryParseCreditLine(string line, out string credit)
    {
        credit = string.Empty;
        var content = StripBrackets(line.Trim());
        if (content.Length == 0)
        {
            return false;
        }

        // The word count last: it reads the whole line, and the label and credit tests rule out most lines sooner.
        if (TryStripLabel(content, out var labelled, requireSeparator: true))
        {
            credit = Words.Measure(content).Count > MaxCreditLineWords || !LooksLikeCredit(labelled) ? string.Empty : labelled;
            return credit.Length > 0;
        }

        if (IsUnlabelledCredit(content) && Words.Measure(content).Count <= MaxCreditLineWords)
        {
            credit = content;
            return true;
        }

        return false;
    }

    private static readonly string[] CaptionMarkers = { "illustrative:", "file photo:", "file:", "pictured:", "above:", "top:" };

    private static readonly LabelIndex<string> CaptionMarkerIndex = Text.LabelIndex.Of(CaptionMarkers);

    /// <summary>
    /// A caption that says it is one ("Illustrative: Cargo at Haifa port, 2021. (Flash90)"): its short
    /// closing bracket is the credit even without an agency's name. The marker stays part of the caption.
    /// </summary>
    public static bool TrySplitMarkedCaption(string line, out string caption, out string credit)
    {
        caption = credit = string.Empty;
        var text = line.TrimEnd();
        var marked = false;
        foreach (var marker in CaptionMarkerIndex.At(text, 0))
        {
            marked |= text.StartsWith(marker, StringComparison.OrdinalIgnoreCase);
        }

        if (!marked || !text.EndsWith(")", StringComparison.Ordinal))
        {
            return false;
        }

        var open = MatchingOpen(text, text.Length - 1);
        if (open <= 0)
        {
            return false;
        }

        var inside = text.Substring(open + 1, text.Length - open - 2).Trim();
        if (inside.Length == 0 || Words.Measure(inside).Count > 4)
        {
            return false;
        }

        credit = TryStripLabel(inside, out var labelled, requireSeparator: true) && labelled.Length > 0 ? labelled : inside;
        caption = text.Substring(0, open).Trim();
        return true;
    }

    /// <summary>A caption that ends with its credit: "Putin in Moscow. (photo credit: REUTERS)", "… Photograph: X/AP".</summary>
    public static bool TrySplitCaption(string line, out string caption, out string credit)
    {
        caption = credit = string.Empty;
        var text = line.TrimEnd();
        // "(photo credit: REUTERS)", "(AP Photo/Alex Brandon)", and "[Oleksandr Ratushniak/Reuters]": a closing
        // bracket group that reads as a credit. Square brackets hold credits, not asides.
        var open = text.EndsWith(")", StringComparison.Ordinal) ? MatchingOpen(text, text.Length - 1)
            : text.EndsWith("]", StringComparison.Ordinal) ? text.LastIndexOf('[')
            : -1;
        if (open > 0)
        {
            var inside = text.Substring(open + 1, text.Length - open - 2).Trim();
            if ((TryStripLabel(inside, out var labelled, requireSeparator: true) && labelled.Length > 0) || IsUnlabelledCredit(inside)
                || (IsSlashCredit(inside) && open >= 2 && TextChars.EndsLikeSentence(text.Substring(0, open))))
            {
                credit = labelled is { Length: > 0 } ? labelled : inside;
                caption = text.Substring(0, open).Trim();
                return Words.CountAtMost(caption, 2) >= 2;
            }
        }

        // "… in Moscow. Photograph: Alexei Nikolsky/AP" and "… in Moscow. © Reuters": a label right after a sentence.
        // Credits are short, so only the tail is searched; that keeps long lines linear. The candidates are
        // the blanks right after a sentence's end (and its closing quotes or brackets): the runtime's
        // vectorised search finds each sentence end, and only those are looked at.
        var tailStart = Math.Max(1, text.Length - MaxCreditLength);
        var from = tailStart - 1;
        while (from > 0 && IsClosing(text[from]))
        {
            from--; // a sentence may end before the tail and its blank fall inside it
        }

        for (var end = from < text.Length ? text.IndexOfAny(SentenceEnds, from) : -1; end >= 0; end = end + 1 < text.Length ? text.IndexOfAny(SentenceEnds, end + 1) : -1)
        {
            var i = end + 1;
            while (i < text.Length && IsClosing(text[i]))
            {
                i++;
            }

            if (i < tailStart || i >= text.Length - 1 || !TextChars.IsBlank(text[i]))
            {
                continue;
            }

            // Most sentence ends in a caption are followed by more caption: look before copying the rest.
            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next == text.Length || (text[next] != '\u00A9' && LabelIndex.At(text, next).Length == 0))
            {
                continue;
            }

            var rest = text.Substring(i + 1).TrimStart();
            if ((TryStripLabel(rest, out var labelled, requireSeparator: true) || TryStripCopyright(rest, out labelled)) && labelled.Length > 0)
            {
                caption = text.Substring(0, i).Trim();
                credit = labelled;
                return Words.CountAtMost(caption, 2) >= 2;
            }
        }

        return false;
    }

    private const int MaxCreditLength = 200;

    private static readonly char[] SentenceEnds = { '.', '!', '?', '\u2026' };

    private static bool IsClosing(char c) => TextChars.IsClosingQuote(c) || c == ')';

    private static bool TryStripLabel(string content, out string credit, bool requireSeparator)
    {
        credit = string.Empty;
        foreach (var label in LabelIndex.At(content, 0))
        {
            if (content.Length <= label.Length || string.Compare(content, 0, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var rest = content.Substring(label.Length);
            var trimmed = rest.TrimStart();
            var byPhrase = label.EndsWith(" by", StringComparison.Ordinal) || label.EndsWith(" of", StringComparison.Ordinal) || label == "courtesy";
            if (trimmed.Length > 0 && (trimmed[0] is ':' or ',' or '|' || TextChars.IsDash(trimmed[0])))
            {
                credit = Clean(trimmed.Substring(1));
                return true;
            }

            if (trimmed.StartsWith("...", StringComparison.Ordinal) || trimmed.StartsWith("\u2026", StringComparison.Ordinal))
            {
                credit = Clean(trimmed.TrimStart('.', '\u2026'));
                return true;
            }

            if ((byPhrase && rest.Length > 0 && TextChars.IsBlank(rest[0])) || !requireSeparator)
            {
                credit = Clean(trimmed);
                return true;
            }

            return false;
        }

        return false;
    }

    private static bool TryStripCopyright(string content, out string credit)
    {
        credit = string.Empty;
        if (content.StartsWith("\u00A9", StringComparison.Ordinal))
        {
            credit = Clean(content.Substring(1));
            return Words.CountAtMost(credit, 9) <= 8;
        }

        return false;
    }

    /// <summary>
    /// What a credit looks like: names and agencies, every word capitalised but for "via", "for", "and"
    /// and name particles. "Photos: Fire at Lakeside marina" names a gallery, not who took the pictures.
    /// </summary>
    private static bool LooksLikeCredit(string credit)
    {
        foreach (var word in Words.Split(credit))
        {
            var letter = 0;
            while (letter < word.Length && !char.IsLetter(word[letter]))
            {
                letter++;
            }

            if (letter < word.Length && char.IsLower(word[letter]) && !CreditConnectors.Contains(word.Substring(letter).TrimEnd(',', '.', ')')))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Collections.Generic.HashSet<string> CreditConnectors = new(StringComparer.Ordinal)
    {
        "via", "for", "and", "of", "de", "da", "di", "del", "van", "von", "der", "le", "la", "bin", "al", "el", "the", "courtesy",
    };

    /// <summary>"Ali Ihsan Ozturk/AP", "Sicilian Sea Superintendency / AP": a photographer or source and an agency, in a caption's closing brackets.</summary>
    private static bool IsSlashCredit(string inside)
    {
        var slash = inside.IndexOf('/');
        var agency = slash > 0 ? inside.Substring(slash + 1).TrimStart() : string.Empty;
        return agency.Length > 0 && char.IsUpper(agency[0]) && char.IsUpper(inside[0]) && Words.CountAtMost(inside, 9) <= 8 && LooksLikeCredit(inside);
    }

    /// <summary>"AP Photo/Evan Vucci", "AFP via Getty Images", "REUTERS/Evgenia Novozhenina/Pool".</summary>
    private static bool IsUnlabelledCredit(string content)
    {
        if (TextChars.EndsLikeSentence(content) || Words.CountAtMost(content, 11) > 10)
        {
            return false;
        }

        var lower = AsciiCase.ToLower(content);
        var hasAgency = false;
        foreach (var marker in AgencyMarkers)
        {
            if (ContainsWord(lower, marker))
            {
                hasAgency = true;
                break;
            }
        }

        // "(Reuters)" alone is a wire dateline, not a credit: demand the shape of a photo credit too.
        return hasAgency && (lower.IndexOf('/') >= 0 || ContainsWord(lower, "photo") || ContainsWord(lower, "photos") || ContainsWord(lower, "getty") || ContainsWord(lower, "images")
            || ContainsWord(lower, "via ") || ContainsWord(lower, "handout") || ContainsWord(lower, "pool") || ContainsWord(lower, "shutterstock"));
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/> as a word of its own: "via " in "via Reuters", not in "Latvia to".</summary>
    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]) || word[word.Length - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripBrackets(string text)
    {
        while (text.Length >= 2 && text[0] == '(' && text[text.Length - 1] == ')' && MatchingOpen(text, text.Length - 1) == 0)
        {
            text = text.Substring(1, text.Length - 2).Trim();
        }

        return text;
    }

    private static int MatchingOpen(string text, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (text[i] == ')')
            {
                depth++;
            }
            else if (text[i] == '(' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Trims, and drops a closing bracket left over from "(credit: X)" but not one that closes "(WANA)".</summary>
    private static string Clean(string credit)
    {
        credit = credit.Trim();
        if (credit.EndsWith(")", StringComparison.Ordinal) && MatchingOpen(credit, credit.Length - 1) < 0)
        {
            credit = credit.Substring(0, credit.Length - 1).TrimEnd();
        }

        return credit;
    }
}
