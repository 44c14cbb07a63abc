using System;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.People;

/// <summary>
/// Reads the staff credits that close many articles: "Lahav Harkov contributed to this report.",
/// "Additional reporting by X", "(Reporting by A in Moscow; Writing by B; Editing by C)".
/// Editors are not kept: they are neither authors nor contributors of the reporting.
/// </summary>
internal static class CreditLineParser
{
    private static readonly (string Prefix, Role Role)[] Clauses =
    {
        ("with additional reporting by", Role.Contributor), ("additional reporting by", Role.Contributor),
        ("additional reporting from", Role.Contributor), ("compiled by", Role.Contributor), ("research by", Role.Contributor),
        ("reporting by", Role.Reporter), ("writing by", Role.Reporter), ("editing by", Role.Ignored),
        ("edited by", Role.Ignored), ("graphics by", Role.Ignored), ("photos by", Role.Ignored),
    };

    private static readonly LabelIndex<(string Prefix, Role Role)> ClauseIndex = new(Clauses, clause => clause.Prefix);

    private enum Role
    {
        Reporter,
        Contributor,
        Ignored,
    }

    public static CreditLine? TryParse(string line)
    {
        var text = line.Trim();
        if (text.StartsWith("(", StringComparison.Ordinal) && text.EndsWith(")", StringComparison.Ordinal))
        {
            text = text.Substring(1, text.Length - 2).Trim();
        }

        // Nearly every line is prose that neither says "contributed" nor opens with a credit clause: rule
        // that out before reading the whole line.
        if ((text.IndexOf(" contributed", StringComparison.Ordinal) <= 0 && !FirstClauseMayMatch(text)) || Words.CountAtMost(text, 41) > 40)
        {
            return null;
        }

        return TryContributed(text) ?? TryClauses(text);
    }

    /// <summary>False when the first clause is not empty and starts with no clause prefix, so <see cref="TryClauses"/> fails.</summary>
    private static bool FirstClauseMayMatch(string text)
    {
        // The same trimming as TryClauses, by index: white space around, then dots at the end.
        var start = 0;
        var end = text.IndexOf(';');
        end = end < 0 ? text.Length : end;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        if (start == end)
        {
            return true; // an empty first clause is skipped; let TryClauses judge the rest
        }

        foreach (var (prefix, _) in ClauseIndex.At(text, start))
        {
            if (end - start > prefix.Length && string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static CreditLine? TryContributed(string text)
    {
        var at = text.IndexOf(" contributed", StringComparison.Ordinal);
        if (at <= 0 || Words.Measure(text, at, text.Length - at).Count > 6)
        {
            return null;
        }

        var names = NameList.Parse(text.Substring(0, at));
        if (names is null)
        {
            return null;
        }

        var credit = new CreditLine();
        credit.Contributors.AddRange(names);
        return credit;
    }

    private static CreditLine? TryClauses(string text)
    {
        var credit = new CreditLine();
        foreach (var raw in text.Split(';'))
        {
            var clause = raw.Trim().TrimEnd('.');
            if (clause.Length == 0)
            {
                continue;
            }

            var matched = false;
            foreach (var (prefix, role) in Clauses)
            {
                if (clause.Length <= prefix.Length || string.Compare(clause, 0, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    continue;
                }

                var names = NameList.Parse(clause.Substring(prefix.Length).Trim());
                if (names is null)
                {
                    return null;
                }

                if (role == Role.Reporter)
                {
                    credit.Reporters.AddRange(names);
                }
                else if (role == Role.Contributor)
                {
                    credit.Contributors.AddRange(names);
                }

                matched = true;
                break;
            }

            if (!matched)
            {
                return null;
            }
        }

        return text.Length > 0 ? credit : null;
    }
}
