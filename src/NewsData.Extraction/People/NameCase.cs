using NewsData.Extraction.Text;
using System;
using System.Collections.Generic;
using System.Text;

namespace NewsData.Extraction.People;

/// <summary>Turns ALL-CAPS names from styled bylines into name case: "JERUSALEM POST STAFF" → "Jerusalem Post Staff".</summary>
internal static class NameCase
{
    // Short all-caps words in bylines that are acronyms, not names.
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "AP", "AFP", "UPI", "BBC", "CNN", "PTI", "IANS", "ANI", "DPA", "EFE", "NPR", "ABC", "CBS", "NBC", "TASS",
        "RIA", "IRNA", "ISNA", "WAM", "SPA", "UAE", "US", "USA", "UK", "EU", "UN", "TV", "II", "III", "IV", "AI",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "and", "of", "de", "da", "di", "del", "der", "den", "van", "von", "la", "le", "du", "bin", "al", "el", "y",
    };

    /// <summary>Re-cases <paramref name="name"/> only when it has no lower-case letter at all.</summary>
    public static string Normalize(string name)
    {
        var hasLetter = false;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return name;
            }

            hasLetter |= char.IsLetter(c);
        }

        if (!hasLetter)
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var wordStart = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && !char.IsWhiteSpace(name[i]))
            {
                continue;
            }

            if (i > wordStart)
            {
                var word = name.Substring(wordStart, i - wordStart);
                builder.Append(Recase(word, isFirst: wordStart == 0));
            }

            if (i < name.Length)
            {
                builder.Append(name[i]);
            }

            wordStart = i + 1;
        }

        return builder.ToString();
    }

    private static string Recase(string word, bool isFirst)
    {
        if (Acronyms.Contains(word.TrimEnd('.', ',')) || (word.Length <= 4 && Publishers.PublisherDirectory.Default.FindExact(word) is not null))
        {
            return word; // "TOI STAFF": TOI is a publisher's abbreviation, not a name to re-case
        }

        var lower = AsciiCase.ToLower(word);
        if (!isFirst && Particles.Contains(lower))
        {
            return lower;
        }

        // Capitalise after the start, an apostrophe or a hyphen: O'NEILL → O'Neill, JEAN-PAUL → Jean-Paul.
        var chars = lower.ToCharArray();
        var capitalizeNext = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (capitalizeNext)
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }

                capitalizeNext = false;
            }
            else
            {
                capitalizeNext = chars[i] is '\'' or '\u2019' or '-';
            }
        }

        var result = new string(chars);
        return result.StartsWith("Mc", StringComparison.Ordinal) && result.Length > 2
            ? "Mc" + char.ToUpperInvariant(result[2]) + result.Substring(3)
            : result;
    }
}
