using System.Collections.Generic;
using NewsData.Extraction.Entities;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Quotes;

/// <summary>A quote while the article is read: its span, its kind and the draft of its speaker.</summary>
internal sealed class QuoteDraft
{
    public QuoteDraft(int start, int end, QuoteKind kind, EntityDraft? speaker)
    {
        Start = start;
        End = end;
        Kind = kind;
        Speaker = speaker;
    }

    public int Start { get; }

    public int End { get; }

    public QuoteKind Kind { get; }

    public EntityDraft? Speaker { get; set; }

    /// <summary>Without surrounding blanks and the comma that hands a quote over to its attribution.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && TextChars.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && (TextChars.IsBlank(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return (start, end);
    }

    public Quote Build(string text, Dictionary<EntityDraft, Entity> entities) =>
        new(text.Substring(Start, End - Start), Kind, Speaker is not null && entities.TryGetValue(Speaker, out var speaker) ? speaker : null,
            new TextSpan(Start, End - Start));
}

/// <summary>What the quote stage found: the quotes, and the speakers it had to make entities for.</summary>
internal sealed record Attribution(List<QuoteDraft> Quotes, IReadOnlyList<EntityDraft> Speakers);
