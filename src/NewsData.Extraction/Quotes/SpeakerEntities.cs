using System.Collections.Generic;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// The stage after entity recognition that turns attribution evidence into entities: a name in a
/// speaker's slot ("…,” Okafor said") is a person, or an organisation by its words, even when nothing
/// else in the article knew it. A surname alone takes the article's full name for it ("Okafor" →
/// "Chidi Okafor", written earlier without any other evidence). The new entities and their mentions
/// are kept here and merged into the article's entities when they are built; names the recognizer
/// already knows resolve to its own entities.
/// </summary>
internal sealed class SpeakerEntities
{
    private const int MaxFullNameWords = 4;

    private readonly string _text;
    private readonly EntityRecognizer _recognizer;
    private readonly List<EntityDraft> _added = new();

    // Every token start inside a mention added here → that mention.
    private readonly Dictionary<int, Mention> _addedAt = new();

    // Per word: whether the article writes it in lower case, and where it writes it capitalised (IsNameElsewhere).
    private readonly Dictionary<string, (bool Lowercase, int Capitalised, int FirstCapitalised)> _shapes = new(System.StringComparer.Ordinal);

    // Per word: the one recognised person with it in their name, or null (OnlyPersonWithWord).
    private readonly Dictionary<string, EntityDraft?> _personByWord = new(System.StringComparer.Ordinal);

    // Names as written (compared folded) → entity; a surname shared by two people maps to null.
    private Dictionary<string, EntityDraft?>? _byName;

    public SpeakerEntities(string text, EntityRecognizer recognizer)
    {
        _text = text;
        _recognizer = recognizer;
    }

    /// <summary>The entities this stage made, each with its mentions in text order.</summary>
    public IReadOnlyList<EntityDraft> Added
    {
        get
        {
            foreach (var draft in _added)
            {
                draft.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            }

            return _added;
        }
    }

    /// <summary>The mention covering the token that starts at <paramref name="start"/>: the recognizer's, else one added here.</summary>
    public Mention? MentionAt(int start) =>
        _recognizer.MentionAt(start) ?? (_addedAt.TryGetValue(start, out var mention) ? mention : null);

    /// <summary>
    /// The entity the name in tokens [<paramref name="start"/>, <paramref name="end"/>) stands for, made if
    /// need be; titles stand in [<paramref name="titleStart"/>, <paramref name="start"/>). Null for a
    /// single capitalised word that opens its sentence and that the article gives no other sign of being
    /// a name ("Judges said …", "Analysts said …").
    /// </summary>
    public EntityDraft? For(List<Token> tokens, int start, int end, int titleStart, int appositionHead = -1)
    {
        // The surname decides: "Dana E. Carr" is not whoever the "E" of another name belongs to.
        if (MentionAt(tokens[end - 1].Start) is { } mention)
        {
            return mention.Entity;
        }

        var names = Names();
        var oneWord = WordCount(tokens, start, end) == 1;
        var word = tokens[end - 1].Text;
        var name = oneWord && end - start == 1 ? word : _text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
        if (names.TryGetValue(name, out var known) && known is not null)
        {
            AddMention(known, tokens, start, end);
            return known;
        }

        // "Equinor, the Norwegian state energy company, said": the apposition says what the name names.
        var kind = IsOrganizationName(tokens, start, end) || (appositionHead >= 0 && IsOrganizationNoun(tokens[appositionHead]))
            ? EntityKind.Organization : EntityKind.Person;
        if (oneWord && kind == EntityKind.Person && ((name != word && names.TryGetValue(word, out var bySurname)) ? bySurname : OnlyPersonWithWord(word)) is { } person)
        {
            AddMention(person, tokens, start, end);
            return person; // "Lula" is Luiz Inacio Lula da Silva
        }

        // "Judges said", "Analysts said": a lone word that may be a plural noun is a name only if the article
        // writes it capitalised somewhere else too; one opening a sentence, only if it is never lower case.
        var plural = word.EndsWith("s", System.StringComparison.Ordinal);
        if (oneWord && titleStart == start && appositionHead < 0 && (plural || tokens[start].SentenceStart)
            && ((plural && IsCommonPlural(word)) || !IsNameElsewhere(tokens[end - 1], plural)))
        {
            return null;
        }

        var draft = new EntityDraft(name, kind, fromGazetteer: false);
        _added.Add(draft);
        if (oneWord && kind == EntityKind.Person && FindFullName(word) is { } full)
        {
            AddMention(draft, full.Tokens, full.Start, full.End);
            draft.Name = draft.Forms[0];
        }

        AddMention(draft, tokens, start, end);
        if (titleStart < start && oneWord && SpeakerTitles.IsPartOfName(tokens[start - 1].Text))
        {
            // "Lord Reed": the titled form is how the article names the person.
            var titled = _text.Substring(tokens[titleStart].Start, tokens[end - 1].End - tokens[titleStart].Start);
            if (draft.FormAt(_text, tokens[titleStart].Start, titled.Length) is null)
            {
                draft.Forms.Add(titled);
            }
        }

        Remember(draft, name, names);
        return draft;
    }

    /// <summary>
    /// The person named by the subject that opens tokens [<paramref name="from"/>, <paramref name="to"/>)
    /// of a paragraph, when it is a name of two words or more outside quotes ("Bayern coach Thomas Tuchel
    /// praised …"), made if need be.
    /// </summary>
    public EntityDraft? NameOpening(Paragraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        if (from >= to || paragraph.IsQuoted(from) || Subjects.ClauseSubject(tokens, from, to) is not { } subject)
        {
            return null;
        }

        var phrase = SpeakerPhrase.Read(tokens, subject.PhraseStart, subject.PhraseEnd);
        return phrase.Kind == PhraseKind.Name && WordCount(tokens, phrase.Start, phrase.End) >= 2 && !IsOrganizationName(tokens, phrase.Start, phrase.End)
            && For(tokens, phrase.Start, phrase.End, phrase.TitleStart) is { Kind: EntityKind.Person } person
            ? person
            : null;
    }

    /// <summary>
    /// Evidence from the attribution's clause: "Equinor said it was ready" — a speaker this stage made
    /// from one word, said to be "it", is an organisation.
    /// </summary>
    public void SpokeOfItself(EntityDraft speaker, string pronoun)
    {
        if (pronoun is "it" or "its" && speaker.Kind == EntityKind.Person && speaker.Forms.Count == 1 && speaker.Name.IndexOf(' ') < 0 && _added.Contains(speaker))
        {
            speaker.Kind = EntityKind.Organization;
        }
    }

    /// <summary>"Officials", "Analysts": a word news writes in lower case (Gazetteers/common-words.tsv) and no surname.</summary>
    private static bool IsCommonPlural(string word) =>
        NameLists.Default.IsCommonWord(AsciiCase.ToLower(word)) && !NameLists.Default.IsSurname(word);

    /// <summary>The one person known to the article whose name has <paramref name="word"/> as one of its words, if exactly one.</summary>
    private EntityDraft? OnlyPersonWithWord(string word)
    {
        if (!_personByWord.TryGetValue(word, out var person))
        {
            _personByWord[word] = person = FindPersonWithWord(word);
        }

        return person;
    }

    private EntityDraft? FindPersonWithWord(string word)
    {
        EntityDraft? found = null;
        foreach (var entity in _recognizer.Entities)
        {
            if (entity.Kind != EntityKind.Person || entity.Name.IndexOf(' ') < 0 || !HasWord(entity.Name, word))
            {
                continue;
            }

            if (found is not null && found != entity)
            {
                return null;
            }

            found = entity;
        }

        return found;
    }

    private static bool HasWord(string name, string word)
    {
        for (var at = name.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, System.StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the article never writes <paramref name="word"/> in lower case and, for a word that looks
    /// plural, writes it capitalised where a sentence does not start: the shape of a name ("Equinor,
    /// the state energy company", "Reynolds"), not of a noun that opened a sentence ("Judges", "Analysts").
    /// </summary>
    private bool IsNameElsewhere(Token word, bool capitalisedInsideNeeded)
    {
        // One scan of the article per word, kept: "Officials said" recurs, and each scan reads every token.
        if (!_shapes.TryGetValue(word.Text, out var shape))
        {
            _shapes[word.Text] = shape = ShapeOf(word.Lexeme);
        }

        var capitalisedInside = shape.Capitalised > 1 || (shape.Capitalised == 1 && shape.FirstCapitalised != word.Start);
        return !shape.Lowercase && (capitalisedInside || !capitalisedInsideNeeded);
    }

    /// <summary>
    /// How the article writes a word: ever in lower case, and how often capitalised where no sentence
    /// starts (and where first). Tokens spelled alike share one lexeme, so a reference comparison finds them.
    /// </summary>
    private (bool Lowercase, int Capitalised, int FirstCapitalised) ShapeOf(Lexeme word)
    {
        var lower = AsciiCase.ToLower(word.Text);
        var capitalised = 0;
        var first = -1;
        foreach (var (segment, tokens, _) in _recognizer.Segments)
        {
            if (segment.Kind != SegmentKind.Prose)
            {
                continue;
            }

            foreach (var token in tokens)
            {
                if (ReferenceEquals(token.Lexeme, word))
                {
                    first = !token.SentenceStart && capitalised++ == 0 ? token.Start : first;
                }
                else if (token.Text.Length == lower.Length && string.Equals(token.Text, lower, System.StringComparison.Ordinal))
                {
                    return (true, capitalised, first);
                }
            }
        }

        return (false, capitalised, first);
    }

    /// <summary>The person or organisation the article already knows by this name or surname, if any (nothing is made).</summary>
    public EntityDraft? Known(string name) => Names().TryGetValue(name, out var known) ? known : null;

    private void Remember(EntityDraft draft, string name, Dictionary<string, EntityDraft?> names)
    {
        names[name] = draft;
        names[draft.Name] = draft;
        if (draft.Kind == EntityKind.Person && Surname(draft.Name) is { } surname)
        {
            names[surname] = names.TryGetValue(surname, out var other) && other != draft ? null : draft;
        }
    }

    private Dictionary<string, EntityDraft?> Names()
    {
        if (_byName is not null)
        {
            return _byName;
        }

        var names = new Dictionary<string, EntityDraft?>(FoldedNameComparer.Instance);
        foreach (var entity in _recognizer.Entities)
        {
            foreach (var form in entity.Forms)
            {
                names[form] = entity;
            }
        }

        // A surname names its person only when no other person and no other name has it.
        var surnames = new HashSet<string>(FoldedNameComparer.Instance);
        foreach (var entity in _recognizer.Entities)
        {
            if (entity.Kind != EntityKind.Person || Surname(entity.Name) is not { } surname)
            {
                continue;
            }

            if (!names.TryGetValue(surname, out var other))
            {
                names[surname] = entity;
                surnames.Add(surname);
            }
            else if (other != entity && surnames.Contains(surname))
            {
                names[surname] = null;
            }
        }

        return _byName = names;
    }

    private static string? Surname(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && space < name.Length - 1 ? name.Substring(space + 1) : null;
    }

    /// <summary>The first place the article writes <paramref name="surname"/> after given names ("Chidi Okafor", "Mr. Chidi Okafor").</summary>
    private (List<Token> Tokens, int Start, int End)? FindFullName(string surname)
    {
        foreach (var (segment, tokens, _) in _recognizer.Segments)
        {
            if (segment.Kind != SegmentKind.Prose)
            {
                continue;
            }

            for (var i = 1; i < tokens.Count; i++)
            {
                if (!string.Equals(tokens[i].Text, surname, System.StringComparison.Ordinal) || MentionAt(tokens[i].Start) is not null)
                {
                    continue;
                }

                var start = i;
                while (start > 0 && i - start < MaxFullNameWords && IsGivenNamePart(tokens, start - 1))
                {
                    start--;
                }

                while (start < i && (SpeakerTitles.Length(tokens, start, i + 1) is var title && title > 0))
                {
                    start += title;
                }

                if (start < i && tokens[start].IsWord && WordCount(tokens, start, i + 1) >= 2)
                {
                    return (tokens, start, i + 1);
                }
            }
        }

        return null;
    }

    private bool IsGivenNamePart(List<Token> tokens, int i) =>
        MentionAt(tokens[i].Start) is null
        && ((tokens[i].IsCapitalized && !tokens[i].Lexeme.IsNeverName && !(tokens[i].SentenceStart && tokens[i].Lexeme.IsReportingVerb))
            || (tokens[i].Text == "." && i > 0 && tokens[i - 1].Text.Length <= 3 && tokens[i - 1].IsCapitalized));

    private void AddMention(EntityDraft draft, List<Token> tokens, int start, int end)
    {
        // Never two mentions over one word: where another name's mention covers the front ("Ida P"
        // of "Ida P. Brandt"), the mention is the rest, and the whole name is kept as a form.
        for (var i = end - 1; i >= start; i--)
        {
            if (MentionAt(tokens[i].Start) is not null)
            {
                if (i == end - 1)
                {
                    return;
                }

                var whole = _text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
                if (draft.FormAt(_text, tokens[start].Start, whole.Length) is null)
                {
                    draft.Forms.Add(whole);
                }

                start = i + 1;
                break;
            }
        }

        while (start < end && !tokens[start].IsWord)
        {
            start++;
        }

        if (start >= end)
        {
            return;
        }

        var from = tokens[start].Start;
        var to = tokens[end - 1].End;
        if (draft.FormAt(_text, from, to - from) is null)
        {
            draft.Forms.Add(_text.Substring(from, to - from));
        }

        var mention = new Mention(draft, from, to);
        draft.Mentions.Add(mention);
        for (var i = start; i < end; i++)
        {
            _addedAt[tokens[i].Start] = mention;
        }
    }

    /// <summary>"company", "group", "ministry": a common noun for an organisation.</summary>
    private static bool IsOrganizationNoun(Token token) =>
        token.Lexeme.IsOrganizationRoleNoun || (token.Text.Length > 1 && Vocabulary.OrganizationSuffixes.Contains(char.ToUpperInvariant(token.Text[0]) + token.Text.Substring(1)));

    /// <summary>An organisation by its words: "… Committee", "NDRC" (an acronym alone).</summary>
    private static bool IsOrganizationName(List<Token> tokens, int start, int end) =>
        tokens[end - 1].Lexeme.IsOrganizationSuffix || (end - start == 1 && tokens[start].IsAllCaps && tokens[start].Text.Length >= 2);

    private static int WordCount(List<Token> tokens, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += tokens[i].IsWord && tokens[i].Text.Length > 1 ? 1 : 0;
        }

        return count;
    }
}
