namespace NewsData.Extraction.Entities;

/// <summary>
/// The <see cref="Lexeme"/> for a stretch of text, shared with earlier calls for the same characters.
/// News prose repeats a few thousand words, and a new substring per token was the largest share of
/// extraction's allocation. A fixed-size, per-thread table in the manner of Roslyn's StringTable: a
/// slot holds the last word that hashed to it and a collision replaces it, so memory stays bounded
/// and no lock is needed.
/// </summary>
internal static class LexemeTable
{
    private const int Size = 1 << 14;
    private const int LongestShared = 40;

    [System.ThreadStatic]
    private static Lexeme?[]? _slots;

    // One shared lexeme per ASCII mark or letter: a fifth of all tokens are single characters, and these
    // need no hashing. Immutable apart from lazily computed facts, so safe to share across threads.
    private static readonly Lexeme[] SingleAscii = CreateSingleAscii();

    public static Lexeme Get(string text, int start, int length)
    {
        if (length == 1 && text[start] < 128)
        {
            return SingleAscii[text[start]];
        }

        if (length > LongestShared)
        {
            return new Lexeme(text.Substring(start, length)); // rare, and not worth hashing
        }

        // FNV-1a over the characters: cheap, and spreads words well enough over the slots.
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        var slots = _slots ??= new Lexeme?[Size];
        var slot = (int)(hash & (Size - 1));
        var lexeme = slots[slot];
        if (lexeme is not null && SameCharacters(lexeme.Text, text, start, length))
        {
            return lexeme;
        }

        return slots[slot] = new Lexeme(text.Substring(start, length));
    }

    // A plain loop: words are short, and string.CompareOrdinal's argument checks cost more than the comparison.
    private static bool SameCharacters(string word, string text, int start, int length)
    {
        if (word.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (word[i] != text[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private static Lexeme[] CreateSingleAscii()
    {
        var lexemes = new Lexeme[128];
        for (var c = 0; c < lexemes.Length; c++)
        {
            lexemes[c] = new Lexeme(((char)c).ToString());
        }

        return lexemes;
    }
}
