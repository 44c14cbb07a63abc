using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Property names for entities: words in PascalCase, acronyms as words ("NATO" → Nato), a leading
/// "The" dropped, apostrophes and punctuation gone ("Prime Minister’s Office" → PrimeMinistersOffice).
/// </summary>
internal static class EntityMemberNames
{
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        var words = name.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (w == 0 && words.Length > 1 && word == "The")
            {
                continue;
            }

            var start = true;
            var allCaps = IsAllCaps(word);
            foreach (var c in word)
            {
                if (c is '\'' or '\u2019')
                {
                    continue;
                }

                if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_')
                {
                    start = true;
                    continue;
                }

                builder.Append(start ? char.ToUpperInvariant(c) : allCaps ? char.ToLowerInvariant(c) : c);
                start = false;
            }
        }

        var result = builder.ToString();
        return result.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(result[0]) || SyntaxFacts.GetKeywordKind(result) != SyntaxKind.None
            ? "Entity" + result
            : result;
    }

    private static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }
}
