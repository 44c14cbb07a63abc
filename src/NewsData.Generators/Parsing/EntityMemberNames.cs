using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Property names for entities: words in PascalCase, acronyms as words ("NATO" → Nato), a leading
/// "The" dropped, apostrophes and punctuation gone ("Prime Minister’s Office" → PrimeMinistersOffice).
/// Format characters (zero-width spaces, bidi overrides) are dropped as article member names drop them:
/// C# ignores them when it compares identifiers, so "Tom\u200BBrown" would be a second TomBrown (CS0102),
/// and a bidi override would reorder the line it stands in. The name is in normal form C first, so two
/// encodings of "José" make one identifier, not two that look alike.
/// </summary>
internal static class EntityMemberNames
{
    public static string FromName(string name)
    {
        name = IdentifierText.Normalized(name);
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

                if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_' || IdentifierText.IsFormatting(c))
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
