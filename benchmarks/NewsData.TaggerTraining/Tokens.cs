using System.Collections.Generic;
using System.Text;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Entities.Tagging;

namespace NewsData.TaggerTraining;

/// <summary>
/// An annotated sentence as the recogniser sees it: its words joined by spaces and split again by the
/// recogniser's own <see cref="Tokenizer"/>, so the tagger learns on the tokens it will meet ("S. Waugh"
/// is "S", ".", "Waugh" at run time, not the corpus's "S." and "Waugh"), with sentence starts found the
/// same way. A word split into several tokens gives its tag to the first and the inside tag to the rest.
/// </summary>
internal static class Tokens
{
    public static (List<Token> Tokens, NameTag[] Gold) Of(List<AnnotatedWord> sentence, Dictionary<string, Lexeme> lexemes)
    {
        var text = new StringBuilder();
        var wordAt = new List<int>();
        for (var w = 0; w < sentence.Count; w++)
        {
            if (w > 0)
            {
                text.Append(' ');
                wordAt.Add(-1);
            }

            foreach (var _ in sentence[w].Text)
            {
                wordAt.Add(w);
            }

            text.Append(sentence[w].Text);
        }

        var joined = text.ToString();
        var tokens = new List<Token>();
        var gold = new List<NameTag>();
        var lastWord = -1;
        foreach (var token in Tokenizer.Tokenize(joined, 0, joined.Length))
        {
            // The trainer's own lexemes: the recogniser's per-thread table may replace one after a collision.
            if (!lexemes.TryGetValue(token.Text, out var lexeme))
            {
                lexemes[token.Text] = lexeme = new Lexeme(token.Text);
            }

            tokens.Add(new Token(token.Kind, token.Start, lexeme, token.SentenceStart, token.Sentence, token.IsWord && lexeme.StartsGazetteerPhrase));
            var w = wordAt[token.Start];
            var word = sentence[w];
            gold.Add(word.Kind == 0 ? NameTag.O : word.Begins && w != lastWord ? NameTags.Begin(word.Kind) : NameTags.Inside(word.Kind));
            lastWord = w;
        }

        return (tokens, gold.ToArray());
    }
}
