using System;
using System.Collections.Generic;
using System.Linq;
using NewsData.Extraction.Entities.Tagging;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Entities;

/// <summary>
/// Finds the people, organisations and places an article names. Precision first: a wrong entity
/// becomes a wrong public member, so a capitalised word becomes an entity only with evidence — a
/// gazetteer entry, an acronym definition, a title or role before it ("President", "counterpart"),
/// an organisation word ending it ("Office"), a place word around it ("region", "republics of"), or a
/// reporting verb after it ("Raisi said"). One sense per article: once "Ebrahim Raisi" is a person,
/// "Raisi" is that person everywhere in the article.
/// </summary>
internal sealed partial class EntityRecognizer
{
    private const int MaxPersonWords = 4;

    private readonly string _text;
    private readonly Gazetteer _gazetteer = Gazetteer.Default;
    // Keyed by name as written, compared as folded (FoldedNameComparer): no folded copy per mention.
    private readonly Dictionary<(string, EntityKind), EntityDraft> _entities = new(NameAndKindComparer.Instance);
    private readonly List<Mention> _mentions = new();
    private readonly List<(Segment Segment, List<Token> Tokens, bool[] Covered)> _segments = new();
    private readonly Dictionary<string, EntityDraft> _byFoldedForm = new(FoldedNameComparer.Instance);
    // For each text position, 1 + the index in _added of the first mention covering it (0: none).
    // Indexed by position, not a dictionary keyed by it: that one rehashed its way to 16 KB per article.
    private MentionOwners? _ownerAt;
    private readonly List<Mention> _added = new();
    private Mention[]? _sorted;
    // The tagger's output for one segment, reused across segments (most fit the first size).
    private NameTag[] _tags = new NameTag[256];
    // What the tagger made of each spelling earlier in this article, once it has run.
    private NameHistory? _history;
    private HashSet<string>? _capitalisedElsewhere;

    public EntityRecognizer(string text) => _text = text;

    /// <summary>"iranian president" → the person introduced as "Iranian President Ebrahim Raisi".</summary>
    public Dictionary<string, EntityDraft> Descriptors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Mention> Mentions => _mentions;

    public IEnumerable<EntityDraft> Entities => _entities.Values;

    public IReadOnlyList<(Segment Segment, List<Token> Tokens, bool[] Covered)> Segments => _segments;

    public void Read(IEnumerable<Segment> segments, IEnumerable<(string Name, int Start, EntityKind Kind)> named)
    {
        foreach (var segment in segments)
        {
            var tokens = Tokenizer.Tokenize(_text, segment.Start, segment.End);
            var covered = new bool[tokens.Count];
            _segments.Add((segment, tokens, covered));
            MatchGazetteer(tokens, covered, allCaps: IsMostlyAllCaps(tokens), prose: segment.Kind == SegmentKind.Prose);
            if (segment.Kind == SegmentKind.Prose)
            {
                MatchDateline(tokens, covered);
                MatchAcronymDefinitions(tokens, covered);
                MatchCapitalisedRuns(tokens, covered);
            }
        }

        foreach (var (name, start, kind) in named)
        {
            var entity = Get(name, kind, fromGazetteer: Gazetteer.Default.Find(name) is not null);
            AddMention(entity, start, start + name.Length);
        }

        // The rules' names first, everywhere: "said Kallas" is the Kaja Kallas the rules found, not a
        // new name for the tagger. Then the tagger, and the names it found, everywhere.
        AddKnownNamesEverywhere(_entities.Values);
        var tagged = new List<EntityDraft>();
        foreach (var (segment, tokens, covered) in _segments)
        {
            if (segment.Kind == SegmentKind.Prose)
            {
                MatchTaggedNames(tokens, covered, tagged);
            }
        }

        if (tagged.Count > 0)
        {
            AddKnownNamesEverywhere(tagged);
        }

        JoinNameChains();
        MarkOrganizationShortForms();
        _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// The finished entities, first-mentioned first, and which draft became which (quotes point at the
    /// same instances). <paramref name="speakers"/> are the entities the quote stage made from
    /// attributions; they are built with the recognizer's own.
    /// </summary>
    public (List<Entity> Entities, Dictionary<EntityDraft, Entity> ByDraft) Build(string articleId, IEnumerable<EntityDraft> speakers)
    {
        var result = new List<Entity>();
        var byDraft = new Dictionary<EntityDraft, Entity>();

        // Inside, loops rather than LINQ, and mentions sorted only when out of order: this body runs for
        // every entity of every article.
        foreach (var draft in _entities.Values.Concat(speakers).Where(e => e.Mentions.Count > 0).OrderBy(e => e.FirstMention))
        {
            if (!draft.FromGazetteer)
            {
                draft.Name = LongestNonAcronym(draft.Forms) ?? draft.Name;
            }

            var aliases = new List<string>(draft.Forms.Count);
            foreach (var form in draft.Forms)
            {
                if (form != draft.Name)
                {
                    aliases.Add(form);
                }
            }

            var mentions = new List<EntityMention>(draft.Mentions.Count);
            foreach (var mention in InTextOrder(draft.Mentions))
            {
                mentions.Add(new EntityMention(articleId, new TextSpan(mention.Start, mention.End - mention.Start)));
            }

            var entity = new Entity(draft.Name, draft.Kind) { Aliases = aliases, Mentions = mentions };
            result.Add(entity);
            byDraft[draft] = entity;
        }

        return (result, byDraft);
    }

    /// <summary>The first of the longest forms that is not an acronym, if any.</summary>
    private static string? LongestNonAcronym(List<string> forms)
    {
        string? longest = null;
        foreach (var form in forms)
        {
            if (!IsAcronym(form) && (longest is null || form.Length > longest.Length))
            {
                longest = form;
            }
        }

        return longest;
    }

    /// <summary>Mentions by start, keeping the order of equal starts; usually they already are.</summary>
    private static IEnumerable<Mention> InTextOrder(List<Mention> mentions) =>
        Ordering.IsSortedBy(mentions, m => m.Start) ? mentions : mentions.OrderBy(m => m.Start);

    /// <param name="tokens">One segment's tokens.</param>
    /// <param name="covered">Which tokens a mention already covers.</param>
    /// <param name="allCaps">Whether the segment is written in capitals, where acronyms cannot be told from words.</param>
    /// <param name="prose">Whether capitalised runs are read in these tokens afterwards, to take over a longer name.</param>
    private void MatchGazetteer(List<Token> tokens, bool[] covered, bool allCaps, bool prose)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].StartsGazetteerPhrase || _gazetteer.Match(tokens, i) is not { } match)
            {
                continue;
            }

            // In ALL-CAPS lines every word looks like an acronym: "WHO" there is just "who".
            if (allCaps && match.Entry.IsAcronym)
            {
                continue;
            }

            // "The National Disaster Management Authority", "UK Independent Party": a publisher's name that
            // runs on into more capitalised words is the start of another name.
            var after = i + match.Length;
            if (prose && match.Entry.IsPublisher && after < tokens.Count && tokens[after].IsWord && tokens[after].IsCapitalized && !tokens[after].SentenceStart)
            {
                continue;
            }

            // "Reserve Bank of Australia", "University of Sydney": the place belongs to the body's name.
            if (match.Entry.Kind == EntityKind.Location && i >= 2 && tokens[i - 1].Text == "of" && tokens[i - 2].IsCapitalized
                && tokens[i - 2].Lexeme.IsOrganizationSuffix && !covered[i - 2])
            {
                continue;
            }

            // "South American", "West African": a continent's part, not the country the demonym names.
            if (match.Entry.IsDemonym && i >= 1 && !covered[i - 1] && tokens[i - 1].IsCapitalized && tokens[i - 1].Lexeme.IsCompass)
            {
                continue;
            }

            if (match.Entry.Kind == EntityKind.Location && !match.Entry.IsDemonym && i >= 1 && !covered[i - 1]
                && tokens[i - 1].IsCapitalized && tokens[i - 1].Lexeme.IsCompass && !tokens[i - 1].SentenceStart)
            {
                var regionName = _text.Substring(tokens[i - 1].Start, tokens[i + match.Length - 1].End - tokens[i - 1].Start);
                AddMention(Get(regionName, EntityKind.Location, fromGazetteer: false), tokens[i - 1].Start, tokens[i + match.Length - 1].End);
                Cover(covered, i - 1, match.Length + 1);
                i += match.Length - 1;
                continue;
            }

            var entity = Get(match.Entry.Canonical, match.Entry.Kind, fromGazetteer: true);
            AddMention(entity, tokens[i].Start, tokens[i + match.Length - 1].End);
            Cover(covered, i, match.Length);
            i += match.Length - 1;
        }
    }

    /// <summary>"International Atomic Energy Agency (IAEA)": the long form is the name, the acronym an alias.</summary>
    private void MatchAcronymDefinitions(List<Token> tokens, bool[] covered)
    {
        for (var close = 2; close < tokens.Count; close++)
        {
            if (tokens[close].Text != ")" || tokens[close - 2].Text != "(" || !tokens[close - 1].IsAllCaps)
            {
                continue;
            }

            var acronym = tokens[close - 1].Text.Replace(".", string.Empty);
            var letters = acronym.Length - 1;
            var start = close - 3;
            while (start >= 0 && letters >= 0)
            {
                var token = tokens[start];
                var isConnector = token.IsWord && token.Lexeme.IsConnector;

                // "Joint Comprehensive Plan of Action (JCPOA)": a connector may supply a letter too.
                if ((token.IsCapitalized || isConnector) && char.ToUpperInvariant(token.Text[0]) == acronym[letters])
                {
                    letters--;
                    if (letters < 0)
                    {
                        break;
                    }
                }
                else if (!isConnector && !(token.IsCapitalized && letters >= 0))
                {
                    break;
                }

                start--;
            }

            if (letters >= 0 || start < 0)
            {
                continue;
            }

            var existing = FindCovering(tokens[start].Start, tokens[close - 3].End);
            var longForm = _text.Substring(tokens[start].Start, tokens[close - 3].End - tokens[start].Start);
            var entity = existing ?? Get(longForm, tokens[close - 3].Lexeme.IsOrganizationSuffix ? EntityKind.Organization : EntityKind.Other, fromGazetteer: false);
            if (existing is null)
            {
                AddMention(entity, tokens[start].Start, tokens[close - 3].End);
                Cover(covered, start, close - 2 - start);
            }

            if (!covered[close - 1])
            {
                AddMention(entity, tokens[close - 1].Start, tokens[close - 1].End);
                covered[close - 1] = true;
            }
        }
    }

    private void MatchCapitalisedRuns(List<Token> tokens, bool[] covered)
    {
        EntityKind? previousPlaceList = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !tokens[i].IsCapitalized || tokens[i].IsAllCaps && tokens[i].Text.Length <= 1)
            {
                if (tokens[i].IsWord && !(tokens[i].Text is "and" or "or") && !covered[i])
                {
                    previousPlaceList = null;
                }
                else if (covered[i] && MentionAt(tokens[i].Start) is { Entity.Kind: EntityKind.Location })
                {
                    previousPlaceList = EntityKind.Location; // "the republics of Donetsk and Lugansk", Donetsk a known city
                }

                continue;
            }

            var end = RunEnd(tokens, covered, i);

            // "The River Ouse burst its banks": a sentence-initial article is not part of the name.
            if (end - i >= 2 && tokens[i].Text is "The" or "A" or "An")
            {
                i++;
            }

            end = CutAtKnownPossessive(tokens, i, end);
            var (titleAt, title) = FindTitle(tokens, i, end);
            var nameStart = title > 0 ? titleAt + title : i;

            var nameWords = CountWords(tokens, nameStart, end);
            if (nameWords == 0)
            {
                i = end - 1;
                continue;
            }

            var kind = Classify(tokens, i, nameStart, end, nameWords, title > 0, previousPlaceList);
            if (kind is { } known)
            {
                var from = known == EntityKind.Organization ? i : nameStart;
                var name = _text.Substring(tokens[from].Start, tokens[end - 1].End - tokens[from].Start);
                var entity = Get(name, known, fromGazetteer: false);
                AddMention(entity, tokens[from].Start, tokens[end - 1].End);
                // A title is covered with its person: "Prime Minister" is nobody's name.
                Cover(covered, known == EntityKind.Person ? i : from, end - (known == EntityKind.Person ? i : from));
                if (known == EntityKind.Person && title > 0)
                {
                    LearnDescriptor(tokens, i, nameStart, entity);
                }

                previousPlaceList = known == EntityKind.Location ? known : null;
            }

            i = end - 1;
        }
    }

    /// <summary>Capitalised words, joined by "of", "the", "al" or a possessive when a capitalised word follows.</summary>
    private static int RunEnd(List<Token> tokens, bool[] covered, int start)
    {
        var end = start + 1;
        while (end < tokens.Count && !covered[end])
        {
            var token = tokens[end];
            if (token.IsCapitalized && !(token.IsAllCaps && token.Text.Length == 1))
            {
                end++;
                continue;
            }

            var joins = (token.IsWord && token.Lexeme.IsConnector) || token.Text is "'s" or "\u2019s"
                || (token.Text == "." && tokens[end - 1].IsCapitalized && tokens[end - 1].Text.Length <= 4 && MatchTitle(tokens, end - 1, end + 1) > 0);
            if (joins && end + 1 < tokens.Count && !covered[end + 1] && tokens[end + 1].IsCapitalized)
            {
                end += 2;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// The last title in the run and its length in tokens: "Health Minister Susan Nakhumicha" has
    /// "Minister" before the name, "Dr. Maria Lopez" has "Dr" and its dot.
    /// </summary>
    private static (int At, int Length) FindTitle(List<Token> tokens, int start, int end)
    {
        for (var at = end - 2; at >= start; at--)
        {
            if (MatchTitle(tokens, at, end) is var length and > 0 && at + length < end)
            {
                return (at, length);
            }
        }

        return (start, 0);
    }

    /// <summary>
    /// How many tokens at <paramref name="start"/> are a title ("Prime Minister", "Dr."): one of the
    /// recognizer's, or of <paramref name="titles"/> (longest first) when given.
    /// </summary>
    internal static int MatchTitle(List<Token> tokens, int start, int end, string[][]? titles = null)
    {
        if (start >= end)
        {
            return 0;
        }

        foreach (var title in titles ?? tokens[start].Lexeme.Titles)
        {
            var k = 0;
            var consumed = 0;
            for (; k < title.Length && start + consumed < end; k++)
            {
                if (!string.Equals(tokens[start + consumed].Text, title[k], StringComparison.Ordinal))
                {
                    break;
                }

                consumed++;
                if (start + consumed < end && tokens[start + consumed].Text == "." )
                {
                    consumed++; // "Dr." is "Dr" and a dot
                }
            }

            if (k == title.Length)
            {
                return consumed;
            }
        }

        return 0;
    }

    /// <summary>"Nehammer's People's Party": a known person's possessive is not part of the organisation's name.</summary>
    private int CutAtKnownPossessive(List<Token> tokens, int start, int end)
    {
        return end - start >= 3 && tokens[start + 1].Text is "'s" or "\u2019s" && IsKnownSurname(tokens[start].Text) ? start + 1 : end;
    }

    // A method of its own so that the lambda's closure is allocated only for a possessive, not per run.
    private bool IsKnownSurname(string word) =>
        _entities.Values.Any(e => e.Kind == EntityKind.Person && e.Name.EndsWith(" " + word, StringComparison.Ordinal));

    private EntityKind? Classify(List<Token> tokens, int runStart, int nameStart, int end, int nameWords, bool titled, EntityKind? previousPlaceList)
    {
        var last = tokens[end - 1].Text;
        if (tokens[end - 1].Lexeme.IsOrganizationSuffix && (end - runStart >= 2 || titled))
        {
            return EntityKind.Organization;
        }

        // "Reserve Bank of Australia", "Ministry of Defence": an organisation word, then "of" and the rest.
        for (var k = nameStart; k + 2 < end; k++)
        {
            if (tokens[k].Lexeme.IsOrganizationSuffix && tokens[k + 1].Text == "of")
            {
                return EntityKind.Organization;
            }
        }

        var onlyWord = nameWords == 1 ? tokens[nameStart].Text : null;
        if (onlyWord is not null && (tokens[nameStart].Lexeme.IsNeverName || onlyWord.Length < 2))
        {
            return null;
        }

        for (var k = nameStart; k < end; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lexeme.IsNeverName && k == nameStart)
            {
                return null;
            }
        }

        if (FollowsOrganizationRoleNoun(tokens, runStart))
        {
            return EntityKind.Organization;
        }

        if (!titled && runStart >= 1 && tokens[runStart - 1].IsWord && !tokens[runStart - 1].IsCapitalized
            && tokens[runStart - 1].Text is "the" or "opposition" or "ruling" && last.EndsWith("s", StringComparison.Ordinal) && nameWords >= 2)
        {
            return EntityKind.Organization; // "the opposition Social Democrats": a group, never a person
        }

        if (tokens[nameStart].Lexeme.IsPlaceHead && nameWords >= 2 || (tokens[end - 1].Lexeme.IsPlaceHead && nameWords >= 2 && !titled))
        {
            return EntityKind.Location;
        }

        if (titled || FollowsRoleNoun(tokens, runStart))
        {
            return nameWords <= MaxPersonWords ? EntityKind.Person : null;
        }

        if (end < tokens.Count && tokens[end].IsWord && tokens[end].Lexeme.IsPlaceNoun)
        {
            return EntityKind.Location;
        }

        if (FollowsPlaceIntroducer(tokens, runStart) || (previousPlaceList is not null && FollowsListJoin(tokens, runStart)))
        {
            return EntityKind.Location;
        }

        // "Yulia Svyrydenko said", and the appositive ", Mick Lynch, warned".
        var verbAt = end < tokens.Count && tokens[end].Text == "," && runStart >= 1 && tokens[runStart - 1].Text == "," ? end + 1 : end;
        if (nameWords is >= 2 and <= 3 && verbAt < tokens.Count && tokens[verbAt].Lexeme.IsReportingVerb)
        {
            return EntityKind.Person;
        }

        return null;
    }

    private static bool FollowsOrganizationRoleNoun(List<Token> tokens, int start) =>
        start >= 1 && tokens[start - 1].IsWord && !tokens[start - 1].IsCapitalized && tokens[start - 1].Lexeme.IsOrganizationRoleNoun;

    private static bool FollowsRoleNoun(List<Token> tokens, int start) =>
        start >= 1 && tokens[start - 1].IsWord && !tokens[start - 1].IsCapitalized && tokens[start - 1].Lexeme.IsRoleNoun;

    private static bool FollowsPlaceIntroducer(List<Token> tokens, int start)
    {
        foreach (var phrase in Vocabulary.PlaceIntroducers)
        {
            if (start < phrase.Length)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Length && matches; k++)
            {
                matches = string.Equals(tokens[start - phrase.Length + k].Text, phrase[k], StringComparison.Ordinal);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowsListJoin(List<Token> tokens, int start) =>
        start >= 1 && (tokens[start - 1].Text is "and" or "or" or ",");

    /// <summary>"Iranian President Ebrahim Raisi" teaches that "the Iranian president" is Raisi.</summary>
    private void LearnDescriptor(List<Token> tokens, int runStart, int nameStart, EntityDraft person)
    {
        var title = AsciiCase.ToLower(string.Join(" ", tokens.Skip(runStart).Take(nameStart - runStart).Select(t => t.Text)));
        person.AddTitle(title);
        if (runStart >= 1 && FindCovering(tokens[runStart - 1].Start, tokens[runStart - 1].End) is { } place && place.Kind == EntityKind.Location)
        {
            Descriptors[tokens[runStart - 1].Text + " " + title] = person;
        }
    }

    /// <summary>Once a name is known, mark every other place it is written — surnames of people too.</summary>
    /// <param name="entities">The entities whose names to mark: all of them, or only those the tagger added.</param>
    private void AddKnownNamesEverywhere(IEnumerable<EntityDraft> entities)
    {
        // Loops rather than LINQ: this runs once per article over every entity and form.
        var known = new List<(string[] Words, EntityDraft Entity)>();
        foreach (var entity in entities)
        {
            if (entity.FromGazetteer)
            {
                continue;
            }

            foreach (var form in entity.Forms)
            {
                known.Add((Tokenizer.Texts(form), entity));
            }

            if (entity.Kind == EntityKind.Person)
            {
                var words = Tokenizer.Tokenize(entity.Name, 0, entity.Name.Length);
                words.RemoveAll(t => !t.IsWord);
                if (words.Count >= 2 && !words[words.Count - 1].Lexeme.IsNeverName)
                {
                    known.Add((new[] { words[words.Count - 1].Text }, entity));
                }

                // Korean-style names put the family name first and hyphenate the given name: "Shin Won-sik" is "Shin".
                if (words.Count == 2 && words[1].Text.Contains("-") && !words[0].Lexeme.IsNeverName)
                {
                    known.Add((new[] { words[0].Text }, entity));
                }
            }
        }

        known.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        var byFirstWord = new Dictionary<string, List<(string[] Words, EntityDraft Entity)>>(StringComparer.Ordinal);
        foreach (var name in known)
        {
            if (name.Words.Length == 0)
            {
                continue;
            }

            if (!byFirstWord.TryGetValue(name.Words[0], out var sameFirstWord))
            {
                byFirstWord[name.Words[0]] = sameFirstWord = new List<(string[] Words, EntityDraft Entity)>();
            }

            sameFirstWord.Add(name);
        }

        foreach (var (segment, tokens, covered) in _segments)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (covered[i] || !tokens[i].IsCapitalized || !byFirstWord.TryGetValue(tokens[i].Text, out var candidates))
                {
                    continue;
                }

                foreach (var (words, entity) in candidates)
                {
                    if (!Matches(tokens, covered, i, words))
                    {
                        continue;
                    }

                    AddMention(entity, tokens[i].Start, tokens[i + words.Length - 1].End);
                    Cover(covered, i, words.Length);
                    i += words.Length - 1;
                    break;
                }
            }
        }
    }

    private static bool Matches(List<Token> tokens, bool[] covered, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (covered[start + k] || !string.Equals(tokens[start + k].Text, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        // "Omar Haddad" after "Mr. Haddad": the given name makes a longer name, left to the tagger.
        if (words.Length == 1 && start >= 1 && !covered[start - 1] && tokens[start - 1].IsCapitalized && NameLists.Default.IsGivenName(tokens[start - 1].Text))
        {
            return false;
        }

        // "Raisi" is the person; "Raisi Street" is something else.
        var next = start + words.Length;
        return next >= tokens.Count || !tokens[next].IsCapitalized || tokens[next].SentenceStart;
    }

    /// <summary>The entity of the mention covering the token at [start, end), if any (tokens are the unit of every mention).</summary>
    public EntityDraft? FindCovering(int start, int end) =>
        MentionAt(start) is { } mention && mention.End >= end ? mention.Entity : null;

    /// <summary>The mention covering the token starting at <paramref name="start"/>, in O(1).</summary>
    public Mention? MentionAt(int start) =>
        _ownerAt is { } owners && start >= 0 && start < owners.Length && owners[start] is var owner and > 0 ? _added[owner - 1] : null;

    /// <summary>The last person named before <paramref name="position"/>, looking back over at most <paramref name="limit"/> mentions.</summary>
    public EntityDraft? LastPersonBefore(int position, int limit = 200)
    {
        var sorted = Sorted();
        var i = UpperBound(sorted, position) - 1;
        for (var seen = 0; i >= 0 && seen < limit; i--, seen++)
        {
            if (sorted[i].Entity.Kind == EntityKind.Person && sorted[i].End <= position)
            {
                return sorted[i].Entity;
            }
        }

        return null;
    }

    /// <summary>The first mention of a person in [from, to), by binary search.</summary>
    public EntityDraft? FirstPersonIn(int from, int to)
    {
        var sorted = Sorted();
        for (var i = UpperBound(sorted, from - 1); i < sorted.Length && sorted[i].Start < to; i++)
        {
            if (sorted[i].Entity.Kind == EntityKind.Person && sorted[i].End <= to)
            {
                return sorted[i].Entity;
            }
        }

        return null;
    }

    private Mention[] Sorted() => _sorted ??= _mentions.OrderBy(m => m.Start).ToArray();

    /// <summary>Index of the first mention starting after <paramref name="position"/>.</summary>
    private static int UpperBound(Mention[] sorted, int position)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private EntityDraft Get(string name, EntityKind kind, bool fromGazetteer)
    {
        var key = (name, kind);
        if (!_entities.TryGetValue(key, out var entity))
        {
            // One sense per article: a name already known as another kind keeps that kind.
            if (!_byFoldedForm.TryGetValue(key.Item1, out entity))
            {
                _entities[key] = entity = new EntityDraft(name, kind, fromGazetteer);
                _byFoldedForm[key.Item1] = entity;
            }
        }

        return entity;
    }

    private void AddMention(EntityDraft entity, int start, int end)
    {
        // Names recur: a form the entity already has is used as is rather than copied out again.
        if (entity.FormAt(_text, start, end - start) is null)
        {
            var surface = _text.Substring(start, end - start);
            entity.Forms.Add(surface);
            if (!_byFoldedForm.ContainsKey(surface))
            {
                _byFoldedForm[surface] = entity;
            }
        }

        var mention = new Mention(entity, start, end);
        entity.Mentions.Add(mention);
        _mentions.Add(mention);
        _sorted = null;
        _added.Add(mention);
        var owners = _ownerAt ??= MentionOwners.Start(_text.Length);
        for (var i = Math.Max(start, 0); i < end && i < owners.Length; i++)
        {
            // Every character position a token of this mention can start at maps to it; the first mention wins.
            owners.SetIfFree(i, _added.Count);
        }
    }

    private static void Cover(bool[] covered, int start, int count)
    {
        for (var k = start; k < start + count && k < covered.Length; k++)
        {
            covered[k] = true;
        }
    }

    private static int CountWords(List<Token> tokens, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            count += tokens[k].IsWord && !tokens[k].Lexeme.IsConnector ? 1 : 0;
        }

        return count;
    }

    private static bool IsMostlyAllCaps(List<Token> tokens)
    {
        int words = 0, caps = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord && token.Text.Length > 1)
            {
                words++;
                caps += token.IsAllCaps ? 1 : 0;
            }
        }

        return words >= 3 && caps * 2 > words;
    }

    private static bool IsAcronym(string form)
    {
        if (form.Length > 6)
        {
            return false;
        }

        foreach (var c in form)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Case and diacritics folded, for matching names written differently.</summary>
    public static string Fold(string name) => NameFolding.Fold(name);
}
