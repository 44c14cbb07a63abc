using System.Collections.Generic;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Entities.Tagging;

namespace NewsData.TaggerTraining;

/// <summary>An annotated sentence as the recogniser's tokens, and its gold tags and names.</summary>
internal static class Tokens
{
    public static List<Token> Of(List<AnnotatedWord> sentence, Dictionary<string, Lexeme> lexemes)
    {
        var tokens = new List<Token>(sentence.Count);
        var start = 0;
        var sentenceStart = true;
        foreach (var word in sentence)
        {
            if (!lexemes.TryGetValue(word.Text, out var lexeme))
            {
                lexemes[word.Text] = lexeme = new Lexeme(word.Text);
            }

            var kind = !char.IsLetterOrDigit(word.Text[0]) ? TokenKind.Punctuation : IsDigits(word.Text) ? TokenKind.Number : TokenKind.Word;
            tokens.Add(new Token(kind, start, lexeme, sentenceStart && kind == TokenKind.Word, 0, kind == TokenKind.Word && lexeme.StartsGazetteerPhrase));
            sentenceStart &= kind != TokenKind.Word;
            start += word.Text.Length + 1;
        }

        return tokens;
    }

    public static NameTag[] GoldTags(List<AnnotatedWord> sentence)
    {
        var tags = new NameTag[sentence.Count];
        for (var i = 0; i < tags.Length; i++)
        {
            var word = sentence[i];
            tags[i] = word.Kind == 0 ? NameTag.O : word.Begins ? NameTags.Begin(word.Kind) : NameTags.Inside(word.Kind);
        }

        return tags;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
