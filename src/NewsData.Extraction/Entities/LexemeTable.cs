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

    /// <summary>The hash of no characters; <see cref="Hash"/> adds one character at a time.</summary>
    public const uint EmptyHash = 2166136261u;

    /// <summary>FNV-1a, one character at a time: cheap, and spreads words well enough over the slots.</summary>
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619u;

    public static Lexeme Get(string text, int start, int length) => Get(Slots, text, start, length);

    /// <summary>As <see cref="Get(string, int, int)"/>, in these <paramref name="slots"/> (see <see cref="Slots"/>).</summary>
    public static Lexeme Get(Lexeme?[] slots, string text, int start, int length)
    {
        var hash = EmptyHash;
        for (var i = start; i < start + length && length <= LongestShared; i++)
        {
            hash = Hash(hash, text[i]);
        }

        return Get(slots, text, start, length, hash);
    }

    /// <summary>
    /// This thread's slots. The tokenizer reads them once per stretch of text and passes them on: a
    /// thread-static read is a call into the runtime on some platforms (1.5 % of extraction, per token).
    /// </summary>
    public static Lexeme?[] Slots => _slots ??= new Lexeme?[Size];

    /// <summary>
    /// As <see cref="Get(Lexeme?[], string, int, int)"/>, with the characters' <see cref="Hash"/> already known:
    /// the tokenizer computes it while finding where the word ends, so each character is read once.
    /// </summary>
    public static Lexeme Get(Lexeme?[] slots, string text, int start, int length, uint hash)
    {
        if (length == 1 && text[start] < 128)
        {
            return SingleAscii[text[start]];
        }

        if (length > LongestShared)
        {
            return new Lexeme(text.Substring(start, length)); // rare, and not worth hashing
        }

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
