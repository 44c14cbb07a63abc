using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Entities;

namespace NewsData.Extraction.Tests;

/// <summary>Shared words and the per-thread position map give exactly what fresh ones would.</summary>
public class LexemeTests
{
    [Fact]
    public void Tokens_spelled_alike_share_one_lexeme_and_keep_their_own_positions()
    {
        const string text = "Raisi said Raisi said.";

        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.Same(tokens[0].Lexeme, tokens[2].Lexeme);
        Assert.Equal((0, 5), (tokens[0].Start, tokens[0].End));
        Assert.Equal((11, 16), (tokens[2].Start, tokens[2].End));
        Assert.Equal("said", tokens[3].Text);
    }

    [Theory]
    [InlineData("Raisi")]
    [InlineData("al-Assad")]
    [InlineData("O'Neill")]
    [InlineData("U.S.")]
    [InlineData("2022")]
    [InlineData("Zelens\u0301kyy")]
    public void The_tokenizer_and_a_direct_lookup_find_the_same_lexeme(string word)
    {
        // The tokenizer hashes a word while finding its end; a different hash would give the word a second lexeme.
        var text = "Then " + word + " spoke";

        var token = Tokenizer.Tokenize(text, 0, text.Length).Single(t => t.Start == 5);

        Assert.Equal(word, token.Text);
        Assert.Same(LexemeTable.Get("[" + word + "]", 1, word.Length), token.Lexeme);
    }

    [Theory]
    [InlineData(0, true, 0, true)]
    [InlineData(1, false, 5_000_000, false)]
    [InlineData(2, true, 16_777_215, true)]
    public void A_token_keeps_its_kind_sentence_and_facts_in_one_word(int kindNumber, bool sentenceStart, int sentence, bool startsPhrase)
    {
        var kind = (TokenKind)kindNumber;
        var lexeme = LexemeTable.Get("NATO", 0, 4);

        var token = new Token(kind, 17, lexeme, sentenceStart, sentence, startsPhrase);

        Assert.Equal((kind, 17, 21, sentence, sentenceStart, startsPhrase), (token.Kind, token.Start, token.End, token.Sentence, token.SentenceStart, token.StartsGazetteerPhrase));
        Assert.Equal(kind == TokenKind.Word, token.IsCapitalized);
        Assert.Equal(kind == TokenKind.Word, token.IsAllCaps);
    }

    [Fact]
    public void Sentences_past_the_sixteen_millionth_share_its_index()
    {
        var token = new Token(TokenKind.Word, 0, LexemeTable.Get("a", 0, 1), false, int.MaxValue, false);

        Assert.Equal(16_777_215, token.Sentence);
        Assert.Equal(TokenKind.Word, token.Kind);
    }

    [Theory]
    [InlineData("said", true, false, false)]
    [InlineData("SAID", true, false, false)]
    [InlineData("von", false, true, false)]
    [InlineData("of", false, true, true)]
    [InlineData("However", false, false, true)]
    [InlineData("Raisi", false, false, false)]
    public void A_lexeme_knows_the_word_lists_its_spelling_is_in(string word, bool reportingVerb, bool connector, bool neverName)
    {
        var lexeme = LexemeTable.Get(" " + word + " ", 1, word.Length);

        Assert.Equal(word, lexeme.Text);
        Assert.Equal(reportingVerb, lexeme.IsReportingVerb);
        Assert.Equal(connector, lexeme.IsConnector);
        Assert.Equal(neverName, lexeme.IsNeverName);
    }

    [Theory]
    [InlineData("NATO", true, true)]
    [InlineData("Nato", true, false)]
    [InlineData("nato", false, false)]
    [InlineData("A", true, false)]
    [InlineData("U.S.", true, true)]
    public void A_lexeme_knows_its_shape(string word, bool startsUpper, bool allCaps)
    {
        var lexeme = LexemeTable.Get(word, 0, word.Length);

        Assert.Equal(startsUpper, lexeme.StartsUpper);
        Assert.Equal(allCaps, lexeme.IsAllCapsShape);
    }

    [Fact]
    public void A_word_longer_than_the_shared_limit_still_reads_back_exactly()
    {
        var word = new string('x', 300);

        Assert.Equal(word, LexemeTable.Get("<" + word + ">", 1, word.Length).Text);
    }

    [Fact]
    public void The_gazetteer_phrases_of_a_lexeme_are_those_its_word_starts()
    {
        const string text = "United Nations and Raisi";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.Contains(tokens[0].Lexeme.GazetteerPhrases, phrase => string.Join(" ", phrase.Words) == "United Nations");
        Assert.Empty(tokens[3].Lexeme.GazetteerPhrases);
        Assert.Equal(2, Gazetteer.Default.Match(tokens, 0)?.Length);
    }

    [Theory]
    [InlineData("Officials in the Gambia, the Netherlands and the Philippines met the Hague court.", 1)]
    [InlineData("The Democratic Republic of the Congo and the Republic of Korea and the Republic of the Congo", 5)]
    [InlineData("United Nations Security Council, United States, United Kingdom, United Arab Emirates, United", 4)]
    [InlineData("Republic", 0)]
    [InlineData("the", 0)]
    [InlineData("New York Times reporters in New Zealand and New Delhi, New", 3)]
    public void Grouping_phrases_by_second_word_finds_what_trying_every_phrase_finds(string text, int longest)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.Equal(EveryPhrase(tokens, i), Gazetteer.Default.Match(tokens, i));
        }

        Assert.Equal(longest, tokens.Select((_, i) => Gazetteer.Default.Match(tokens, i)?.Length ?? 0).DefaultIfEmpty().Max());
    }

    /// <summary>The first phrase, longest first, that the tokens at <paramref name="index"/> spell out.</summary>
    private static (int Length, GazetteerEntry Entry)? EveryPhrase(List<Token> tokens, int index)
    {
        foreach (var (words, entry) in tokens[index].Lexeme.GazetteerPhrases)
        {
            if (index + words.Length <= tokens.Count && words.Select((word, k) => tokens[index + k].Text == word).All(same => same))
            {
                return (words.Length, entry);
            }
        }

        return null;
    }

    [Fact]
    public void A_new_position_map_forgets_every_owner_of_the_previous_article()
    {
        var first = MentionOwners.Start(100);
        first.SetIfFree(10, 1);
        first.SetIfFree(10, 2);
        Assert.Equal(1, first[10]);

        var second = MentionOwners.Start(50);

        Assert.Equal(50, second.Length);
        Assert.Equal(0, second[10]);
        second.SetIfFree(10, 3);
        Assert.Equal(3, second[10]);
    }

    [Fact]
    public void A_text_too_long_to_share_gets_a_map_of_its_own()
    {
        var shared = MentionOwners.Start(100);
        shared.SetIfFree(5, 7);

        var own = MentionOwners.Start(1 << 18);
        own.SetIfFree(5, 9);

        Assert.NotSame(shared, own);
        Assert.Equal(7, shared[5]);
        Assert.Equal(9, own[5]);
    }

    [Fact]
    public void Every_word_list_a_lexeme_answers_for_agrees_with_the_list_itself()
    {
        var lists = new (IEnumerable<string> Words, Func<Lexeme, bool> Says)[]
        {
            (Vocabulary.Connectors, lexeme => lexeme.IsConnector),
            (Vocabulary.NeverNames, lexeme => lexeme.IsNeverName),
            (Vocabulary.OrganizationSuffixes, lexeme => lexeme.IsOrganizationSuffix),
            (Vocabulary.PlaceHeads, lexeme => lexeme.IsPlaceHead),
            (Vocabulary.PlaceNouns, lexeme => lexeme.IsPlaceNoun),
            (Vocabulary.RoleNouns, lexeme => lexeme.IsRoleNoun),
            (Vocabulary.OrganizationRoleNouns, lexeme => lexeme.IsOrganizationRoleNoun),
            (Vocabulary.Compass, lexeme => lexeme.IsCompass),
        };

        foreach (var (words, says) in lists)
        {
            foreach (var word in words)
            {
                Assert.True(says(LexemeTable.Get(word, 0, word.Length)), word);
            }
        }

        Assert.False(LexemeTable.Get("Raisi", 0, 5).IsOrganizationSuffix);
        Assert.Equal(new[] { "Prime", "Minister" }, LexemeTable.Get("Prime", 0, 5).Titles.Single());
        Assert.Empty(LexemeTable.Get("Raisi", 0, 5).Titles);
    }
}
