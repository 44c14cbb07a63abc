using System;
using System.Collections.Generic;
using NewsData.Extraction.Corrections.Json;

namespace NewsData.Extraction.Corrections;

/// <summary>
/// A corrections file's JSON → its corrections, element by element. What cannot be read is a located error
/// (NEWS014) on that element alone, and every other element still counts; only a syntax error, after which
/// nothing in the file can be trusted, leaves the whole file unread. Every value stays data: it is compared
/// with the article's text or put into the article, never turned into code or a path.
/// </summary>
internal sealed class CorrectionsParser
{
    /// <summary>The keys a file may hold, in the order the schema and <c>newsdata correct</c> write them.</summary>
    public static readonly string[] ArticleKeys = { "$schema", "title", "subtitle", "authors", "publisher", "published", "url", "furniture", "body", "quotes", "entities" };

    /// <summary>The keys of the project-wide file: corrections that hold for every article.</summary>
    public static readonly string[] ProjectKeys = { "$schema", "entities" };

    private static readonly string[] QuoteKeys = { "text", "speaker", "kind", "remove", "add" };
    private static readonly string[] EntityKeys = { "name", "kind", "notAnEntity", "sameAs" };

    private readonly string _path;
    private readonly CorrectionsScope _scope;
    private readonly JsonReadResult _json;
    private readonly List<ExtractionDiagnostic> _diagnostics = new();
    private readonly CorrectionSet _set = new();

    private CorrectionsParser(string path, CorrectionsScope scope, JsonReadResult json)
    {
        _path = path;
        _scope = scope;
        _json = json;
    }

    public static (CorrectionSet Set, IReadOnlyList<ExtractionDiagnostic> Diagnostics) Parse(string path, string text, CorrectionsScope scope)
    {
        var parser = new CorrectionsParser(path, scope, JsonReader.Read(text));
        parser.ReadRoot();
        return (parser._set, parser._diagnostics);
    }

    private void ReadRoot()
    {
        if (_json.Error is { } error)
        {
            _diagnostics.Add(CorrectionDiagnostics.Malformed(new DiagnosticLocation(_path, error.Span, error.Start, error.End),
                $"{error.Message} The file is not JSON, so none of its corrections is applied."));
            return;
        }

        var root = _json.Root!;
        if (root.Kind != JsonKind.Object)
        {
            Refuse(root, $"A corrections file is one JSON object ({{ \"title\": \"…\" }}), not {root.Describe()}; none of it is applied.");
            return;
        }

        var allowed = _scope == CorrectionsScope.Project ? ProjectKeys : ArticleKeys;
        foreach (var member in Members(root, allowed, "corrections file"))
        {
            var value = member.Value;
            switch (member.Key)
            {
                case "$schema":
                    RequireString(value, "$schema", allowNull: false);
                    break;
                case "title":
                    if (RequireString(value, "title", allowNull: false))
                    {
                        _set.Title = new FieldCorrection<string>(value.Text!, Locate(value));
                    }

                    break;
                case "subtitle":
                    _set.Subtitle = OptionalString(value, "subtitle");
                    break;
                case "publisher":
                    _set.Publisher = OptionalString(value, "publisher");
                    break;
                case "url":
                    _set.Url = OptionalString(value, "url");
                    break;
                case "authors":
                    if (Strings(value, "authors", allowEmptyStrings: false) is { } authors)
                    {
                        _set.Authors = new FieldCorrection<IReadOnlyList<string>>(authors, Locate(value));
                    }

                    break;
                case "published":
                    ReadPublished(value);
                    break;
                case "furniture" or "body":
                    ReadLines(value, member.Key);
                    break;
                case "quotes":
                    ReadItems(value, "quotes", ReadQuote);
                    break;
                case "entities":
                    ReadItems(value, "entities", ReadEntity);
                    break;
            }
        }
    }

    /// <summary>An object's members with known keys, each once; unknown and repeated keys are refused where they stand.</summary>
    private IEnumerable<JsonMember> Members(JsonValue value, string[] allowed, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.Members)
        {
            if (Array.IndexOf(allowed, member.Key) < 0)
            {
                var elsewhere = _scope == CorrectionsScope.Project && Array.IndexOf(ArticleKeys, member.Key) >= 0 && what == "corrections file";
                Refuse(member.Name, elsewhere
                    ? $"\"{DiagnosticText.Excerpt(member.Key)}\" corrects one article: it belongs in that article's NAME.corrections.json. The project-wide file holds only \"entities\"; this key is ignored."
                    : $"Unknown key \"{DiagnosticText.Excerpt(member.Key)}\" in a {what}; it is ignored. The keys are {string.Join(", ", allowed)}.");
                continue;
            }

            if (!seen.Add(member.Key))
            {
                Refuse(member.Name, $"\"{DiagnosticText.Excerpt(member.Key)}\" is given twice in this {what}; the first one counts and this one is ignored.");
                continue;
            }

            yield return member;
        }
    }

    private void ReadPublished(JsonValue value)
    {
        if (value.Kind == JsonKind.Null)
        {
            _set.Published = new FieldCorrection<PublicationDate?>(null, Locate(value));
        }
        else if (RequireString(value, "published", allowNull: true))
        {
            if (PublicationDate.TryParse(value.Text, out var date))
            {
                _set.Published = new FieldCorrection<PublicationDate?>(date, Locate(value));
            }
            else
            {
                Refuse(value, $"\"published\" must be yyyy-MM-dd or yyyy-MM-ddTHH:mm (an offset such as +02:00 may follow the time), or null for no date; \"{DiagnosticText.Excerpt(value.Text!)}\" is neither, so the date is not corrected.");
            }
        }
    }

    private void ReadLines(JsonValue value, string key)
    {
        if (value.Kind != JsonKind.Array)
        {
            Refuse(value, $"\"{key}\" is an array of the page's lines, exactly as the file has them, not {value.Describe()}; it is ignored.");
            return;
        }

        foreach (var item in value.Items)
        {
            if (!RequireString(item, $"each line in \"{key}\"", allowNull: false))
            {
                continue;
            }

            var text = TrimLine(item.Text!);
            if (text.Length == 0)
            {
                Refuse(item, $"A line in \"{key}\" has no text; it is ignored.");
                continue;
            }

            if (_set.Lines.Find(l => l.Text == text) is { } earlier)
            {
                Refuse(item, earlier.IsBody == (key == "body")
                    ? $"This line is already listed in \"{key}\"; the repeat is ignored."
                    : $"This line is listed in both \"furniture\" and \"body\"; the first listing counts and this one is ignored.");
                continue;
            }

            _set.Lines.Add(new LineCorrection(text, key == "body", Locate(item)));
        }
    }

    private void ReadItems(JsonValue value, string key, Action<JsonValue> read)
    {
        if (value.Kind != JsonKind.Array)
        {
            Refuse(value, $"\"{key}\" is an array of objects, not {value.Describe()}; it is ignored.");
            return;
        }

        foreach (var item in value.Items)
        {
            if (item.Kind != JsonKind.Object)
            {
                Refuse(item, $"Each of \"{key}\" is an object, not {item.Describe()}; this one is ignored.");
                continue;
            }

            read(item);
        }
    }

    private void ReadQuote(JsonValue item)
    {
        JsonValue? text = null, speaker = null, kind = null;
        bool remove = false, add = false;
        foreach (var member in Members(item, QuoteKeys, "quote correction"))
        {
            switch (member.Key)
            {
                case "text": text = member.Value; break;
                case "speaker": speaker = member.Value; break;
                case "kind": kind = member.Value; break;
                case "remove": remove = Flag(member.Value, "remove"); break;
                case "add": add = Flag(member.Value, "add"); break;
            }
        }

        if (text is null || !RequireString(text, "\"text\"", allowNull: false) || text.Text!.Trim().Length == 0)
        {
            Refuse(text ?? item, "A quote correction needs \"text\": the quote's opening words (for \"add\", its whole text) as the article has them; it is ignored.");
            return;
        }

        var speakerValid = speaker is null || speaker.Kind == JsonKind.Null || RequireString(speaker, "\"speaker\"", allowNull: true);
        QuoteKind? quoteKind = null;
        if (kind is not null)
        {
            quoteKind = Kind<QuoteKind>(kind, "quote", new[] { "direct", "partial", "indirect" });
            if (quoteKind is null)
            {
                return;
            }
        }

        if (!speakerValid)
        {
            return;
        }

        if (remove && (add || speaker is not null || kind is not null))
        {
            Refuse(item, "A quote correction with \"remove\": true says only which quote is no quote (\"text\"); drop its other keys. It is ignored.");
            return;
        }

        if (!remove && !add && speaker is null && kind is null)
        {
            Refuse(item, "This quote correction changes nothing: give \"speaker\", \"kind\", \"remove\": true or \"add\": true. It is ignored.");
            return;
        }

        var words = text.Text!.Trim();
        var action = remove ? QuoteAction.Remove : add ? QuoteAction.Add : QuoteAction.Change;
        if (_set.Quotes.Exists(q => q.Text == words && (q.Action == QuoteAction.Add) == add))
        {
            Refuse(text, "Another quote correction before this one has the same \"text\"; the first counts and this one is ignored.");
            return;
        }

        _set.Quotes.Add(new QuoteCorrection(words, action, speaker is not null, speaker?.Kind == JsonKind.String ? speaker.Text!.Trim() : null, quoteKind, Locate(item)));
    }

    private void ReadEntity(JsonValue item)
    {
        JsonValue? name = null, kind = null, sameAs = null;
        var notAnEntity = false;
        foreach (var member in Members(item, EntityKeys, "entity correction"))
        {
            switch (member.Key)
            {
                case "name": name = member.Value; break;
                case "kind": kind = member.Value; break;
                case "sameAs": sameAs = member.Value; break;
                case "notAnEntity": notAnEntity = Flag(member.Value, "notAnEntity"); break;
            }
        }

        if (name is null || !RequireString(name, "\"name\"", allowNull: false) || name.Text!.Trim().Length == 0)
        {
            Refuse(name ?? item, "An entity correction needs \"name\": the name as the article writes it; it is ignored.");
            return;
        }

        EntityKind? entityKind = null;
        if (kind is not null && (entityKind = Kind<EntityKind>(kind, "entity", new[] { "person", "organization", "location", "other" })) is null)
        {
            return;
        }

        if (sameAs is not null && (!RequireString(sameAs, "\"sameAs\"", allowNull: false) || sameAs.Text!.Trim().Length == 0))
        {
            return;
        }

        if (notAnEntity && (kind is not null || sameAs is not null))
        {
            Refuse(item, "An entity correction with \"notAnEntity\": true says only which name is none; drop its \"kind\" and \"sameAs\". It is ignored.");
            return;
        }

        if (!notAnEntity && kind is null && sameAs is null)
        {
            Refuse(item, "This entity correction changes nothing: give \"kind\", \"notAnEntity\": true or \"sameAs\". It is ignored.");
            return;
        }

        var entityName = name.Text!.Trim();
        var target = sameAs?.Text!.Trim();
        if (target == entityName)
        {
            Refuse(sameAs!, "An entity cannot be the same as itself: \"sameAs\" names the entity this name stands for. It is ignored.");
            return;
        }

        if (_set.Entities.Exists(e => e.Name == entityName))
        {
            Refuse(name, $"\"{DiagnosticText.Excerpt(entityName)}\" is corrected once already in this file; the first correction counts and this one is ignored.");
            return;
        }

        _set.Entities.Add(new EntityCorrection(_set.Entities.Count, entityName, entityKind, notAnEntity, target, Locate(item)));
    }

    private T? Kind<T>(JsonValue value, string what, string[] names)
        where T : struct
    {
        var index = value.IsString ? Array.IndexOf(names, value.Text) : -1;
        if (index < 0)
        {
            Refuse(value, $"A{(what == "entity" ? "n" : "")} {what}'s \"kind\" is one of {string.Join(", ", Array.ConvertAll(names, n => "\"" + n + "\""))}; {(value.IsString ? "\"" + DiagnosticText.Excerpt(value.Text!) + "\"" : value.Describe())} is not. This correction is ignored.");
            return null;
        }

        return (T)Enum.ToObject(typeof(T), index);
    }

    private bool Flag(JsonValue value, string key)
    {
        if (value.IsBoolean)
        {
            return value.Kind == JsonKind.True;
        }

        Refuse(value, $"\"{key}\" is true or false, not {value.Describe()}; it is read as false.");
        return false;
    }

    private FieldCorrection<string?>? OptionalString(JsonValue value, string key) =>
        value.Kind == JsonKind.Null ? new FieldCorrection<string?>(null, Locate(value))
        : RequireString(value, key, allowNull: true) ? new FieldCorrection<string?>(value.Text!.Trim().Length == 0 ? null : value.Text!.Trim(), Locate(value))
        : null;

    private IReadOnlyList<string>? Strings(JsonValue value, string key, bool allowEmptyStrings)
    {
        if (value.Kind != JsonKind.Array)
        {
            Refuse(value, $"\"{key}\" is an array of strings, not {value.Describe()}; it is ignored.");
            return null;
        }

        var strings = new List<string>(value.Items.Count);
        foreach (var item in value.Items)
        {
            if (!RequireString(item, $"each of \"{key}\"", allowNull: false))
            {
                return null;
            }

            if (!allowEmptyStrings && item.Text!.Trim().Length == 0)
            {
                Refuse(item, $"An empty string in \"{key}\" names no one; \"{key}\" is ignored.");
                return null;
            }

            strings.Add(item.Text!.Trim());
        }

        return strings;
    }

    private bool RequireString(JsonValue value, string what, bool allowNull)
    {
        if (value.IsString)
        {
            return true;
        }

        var quoted = what.StartsWith("\"", StringComparison.Ordinal) || what.StartsWith("each", StringComparison.Ordinal) ? what : "\"" + what + "\"";
        Refuse(value, $"{Capitalized(quoted)} is a string{(allowNull ? " or null" : "")}, not {value.Describe()}; it is ignored.");
        return false;
    }

    private static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text.Substring(1) : text;

    private void Refuse(JsonValue value, string message) => _diagnostics.Add(CorrectionDiagnostics.Malformed(Locate(value), message));

    private DiagnosticLocation Locate(JsonValue value) => new(_path, value.Span, value.Start, value.End);

    /// <summary>A line as the extractor keeps it: without the white space and invisible characters around it.</summary>
    public static string TrimLine(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && Text.TextChars.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && Text.TextChars.IsBlank(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }
}
