using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace NewsData.Cli;

/// <summary>
/// "Did you mean 'check'?" for the first word the parser did not match: among the commands where a command was
/// expected, among the options (with the root's recursive ones) where an option was. Only the first: the words
/// after a mistyped command are its paths, and suggesting options for them would be noise.
/// </summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> For(ParseResult parse)
    {
        if (parse.UnmatchedTokens.Count == 0)
        {
            return [];
        }

        var word = parse.UnmatchedTokens[0];
        var command = parse.CommandResult.Command;
        return word.StartsWith('-') ? Closest(word, OptionNames(command, parse.RootCommandResult.Command)) : Closest(word, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
    }

    /// <summary>The options a command takes, by every name: its own and the root's recursive ones.</summary>
    public static IEnumerable<string> OptionNames(Command command, Command root) =>
        command.Options.Concat(root.Options.Where(o => o.Recursive)).Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct();

    /// <summary>The candidates nearest to <paramref name="word"/>, if any is near enough to be what was meant.</summary>
    public static IReadOnlyList<string> Closest(string word, IEnumerable<string> candidates)
    {
        var scored = candidates.Distinct().Select(name => (Name: name, Distance: Distance(word, name))).ToList();
        var limit = Math.Max(1, word.TrimStart('-').Length / 3);
        var best = scored.Where(s => s.Distance <= limit || s.Name.StartsWith(word, StringComparison.Ordinal)).OrderBy(s => s.Distance).ToList();
        return best.Count == 0 ? [] : best.Where(s => s.Distance == best[0].Distance).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>" Did you mean '--format'?", or nothing.</summary>
    public static string DidYouMean(IReadOnlyList<string> closest) =>
        closest.Count == 0 ? "" : $" Did you mean {string.Join(" or ", closest.Select(s => $"'{s}'"))}?";

    /// <summary>Levenshtein distance: the fewest insertions, deletions and substitutions from one word to the other.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
