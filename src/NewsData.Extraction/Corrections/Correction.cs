using System.Collections.Generic;

namespace NewsData.Extraction.Corrections;

/// <summary>One correction as a corrections file states it, with the JSON element it came from.</summary>
internal abstract class Correction
{
    protected Correction(DiagnosticLocation location)
    {
        Location = location;
    }

    /// <summary>The element in the corrections file: a stale or refused correction is reported there.</summary>
    public DiagnosticLocation Location { get; }
}

/// <summary>A field set to a value: <c>"title": "…"</c>, <c>"published": null</c> (no date), …</summary>
internal sealed class FieldCorrection<T> : Correction
{
    public FieldCorrection(T value, DiagnosticLocation location)
        : base(location)
    {
        Value = value;
    }

    public T Value { get; }
}

/// <summary>An exact line of the page that is furniture to drop, or body text after all.</summary>
internal sealed class LineCorrection : Correction
{
    public LineCorrection(string text, bool isBody, DiagnosticLocation location)
        : base(location)
    {
        Text = text;
        IsBody = isBody;
    }

    /// <summary>The line as the page has it, trimmed as the extractor trims lines.</summary>
    public string Text { get; }

    /// <summary>True for <c>body</c>, false for <c>furniture</c>.</summary>
    public bool IsBody { get; }
}

/// <summary>What a quote correction does.</summary>
internal enum QuoteAction
{
    /// <summary>Sets the speaker, the kind or both of the quote that opens with <see cref="QuoteCorrection.Text"/>.</summary>
    Change,

    /// <summary>The quote that opens with the text is no quote.</summary>
    Remove,

    /// <summary>The text (found in the article) is a quote the extractor missed.</summary>
    Add,
}

/// <summary><c>{ "text": "opening words", "speaker": "Name" | null, "kind": "direct" }</c>, <c>"remove": true</c> or <c>"add": true</c>.</summary>
internal sealed class QuoteCorrection : Correction
{
    public QuoteCorrection(string text, QuoteAction action, bool setsSpeaker, string? speaker, QuoteKind? kind, DiagnosticLocation location)
        : base(location)
    {
        Text = text;
        Action = action;
        SetsSpeaker = setsSpeaker;
        Speaker = speaker;
        Kind = kind;
    }

    /// <summary>The quote's opening words (its whole text for <see cref="QuoteAction.Add"/>).</summary>
    public string Text { get; }

    public QuoteAction Action { get; }

    /// <summary>Whether the correction names the speaker (null then means "no speaker").</summary>
    public bool SetsSpeaker { get; }

    public string? Speaker { get; }

    public QuoteKind? Kind { get; }
}

/// <summary><c>{ "name": "…", "kind": "organization" }</c>, <c>"notAnEntity": true</c> or <c>"sameAs": "Full Name"</c>.</summary>
internal sealed class EntityCorrection : Correction
{
    public EntityCorrection(int index, string name, EntityKind? kind, bool notAnEntity, string? sameAs, DiagnosticLocation location)
        : base(location)
    {
        Index = index;
        Name = name;
        Kind = kind;
        NotAnEntity = notAnEntity;
        SameAs = sameAs;
    }

    /// <summary>Its position among its file's entity corrections: how articles report which project-wide ones they matched.</summary>
    public int Index { get; }

    public string Name { get; }

    public EntityKind? Kind { get; }

    public bool NotAnEntity { get; }

    public string? SameAs { get; }
}

/// <summary>Everything one corrections file says, element by element; what it could not say is in its diagnostics.</summary>
internal sealed class CorrectionSet
{
    public static readonly CorrectionSet Empty = new();

    public FieldCorrection<string>? Title { get; set; }

    public FieldCorrection<string?>? Subtitle { get; set; }

    public FieldCorrection<IReadOnlyList<string>>? Authors { get; set; }

    public FieldCorrection<string?>? Publisher { get; set; }

    public FieldCorrection<PublicationDate?>? Published { get; set; }

    public FieldCorrection<string?>? Url { get; set; }

    public List<LineCorrection> Lines { get; } = new();

    public List<QuoteCorrection> Quotes { get; } = new();

    public List<EntityCorrection> Entities { get; } = new();

    public bool ChangesFields => Title is not null || Subtitle is not null || Authors is not null || Publisher is not null || Published is not null || Url is not null;
}
