using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Turns an article id (a file name) into a readable C# identifier: word runs in PascalCase
/// ("russia-ukraine-talks" → RussiaUkraineTalks), an underscore kept only between two numbers
/// ("2022-03-01" → 2022_03_01), and an "Article" prefix when the name cannot start an identifier
/// ("000_eb75…" → Article000Eb75…). Any input yields a valid, non-keyword identifier.
/// </summary>
internal static class MemberNames
{
    public const string Prefix = "Article";
    private const int MaxLength = 128;

    public static string FromId(string id)
    {
        id = IdentifierText.Normalized(id); // two encodings of "é" are one name, never two that look alike
        var builder = new StringBuilder(id.Length + Prefix.Length);
        var startOfWord = true;
        var lastWasDigit = false;
        foreach (var c in id)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_' || IdentifierText.IsFormatting(c))
            {
                startOfWord = true;
                continue;
            }

            var isDigit = char.IsDigit(c);
            if (startOfWord && builder.Length > 0 && isDigit && lastWasDigit)
            {
                builder.Append('_');
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
            lastWasDigit = isDigit;
            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        var name = builder.ToString();
        if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            name = Prefix + name;
        }

        return name;
    }
}
