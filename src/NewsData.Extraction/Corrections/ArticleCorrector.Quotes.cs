using System.Collections.Generic;

namespace NewsData.Extraction.Corrections;

/// <summary>Quote corrections: a speaker or kind, "not a quote", or a quote the extractor missed.</summary>
internal sealed partial class ArticleCorrector
{
    private void ApplyQuote(QuoteCorrection correction)
    {
        var words = DiagnosticText.Excerpt(correction.Text);
        if (correction.Action == QuoteAction.Add)
        {
            AddQuote(correction, words);
            return;
        }

        var matches = new List<int>();
        for (var q = 0; q < _quotes.Count; q++)
        {
            if (TextSearch.OpensWith(_quotes[q].Quote.Text, correction.Text))
            {
                matches.Add(q);
            }
        }

        // Quotes of the very same words (a statement printed twice) are corrected together; different quotes
        // that open alike cannot be told apart by these words.
        if (matches.Count == 0 || matches.Exists(q => !SameWords(_quotes[q].Quote.Text, _quotes[matches[0]].Quote.Text)))
        {
            _diagnostics.Add(CorrectionDiagnostics.Stale(correction.Location, matches.Count == 0
                ? $"No quote of the article opens with \"{words}\" any more, so this quote correction is not applied."
                : $"{matches.Count} different quotes of the article open with \"{words}\", so this quote correction is not applied: give more of the quote's words to say which."));
            return;
        }

        for (var m = matches.Count - 1; m >= 0; m--)
        {
            if (correction.Action == QuoteAction.Remove)
            {
                _quotes.RemoveAt(matches[m]);
            }
            else
            {
                Change(matches[m], correction);
            }
        }
    }

    private static bool SameWords(string a, string b) => TextSearch.OpensWith(a, b) && TextSearch.OpensWith(b, a);

    private void AddQuote(QuoteCorrection correction, string words)
    {
        if (TextSearch.FindPhrase(_text, correction.Text, _regions) is not { } span)
        {
            _diagnostics.Add(CorrectionDiagnostics.Stale(correction.Location,
                $"The article's text (headline, standfirst, body, captions) does not have \"{words}\" any more, so the quote is not added."));
            return;
        }

        // A quote the extractor already has at that place is corrected, not given twice.
        var at = _quotes.FindIndex(q => q.Quote.Span == span);
        if (at < 0)
        {
            at = _quotes.FindIndex(q => q.Quote.Span.Start > span.Start);
            at = at < 0 ? _quotes.Count : at;
            _quotes.Insert(at, (new Quote(span.Slice(_text), QuoteKind.Direct, null, span), -1));
        }

        Change(at, correction);
    }

    private void Change(int index, QuoteCorrection correction)
    {
        var (quote, speaker) = _quotes[index];
        if (correction.Kind is { } kind)
        {
            quote = quote with { Kind = kind };
        }

        if (correction.SetsSpeaker)
        {
            speaker = correction.Speaker is { } name ? Speaker(name) : -1;
        }

        _quotes[index] = (quote, speaker);
    }

    /// <summary>The article's entity by that name (or alias); a person the extractor missed is added, mentioned where the text names them.</summary>
    private int Speaker(string name)
    {
        var matches = Matching(name);
        if (matches.Count > 0)
        {
            return matches[0];
        }

        if (AddEntity(name, EntityKind.Person) is { } added)
        {
            return added;
        }

        _entities.Add(new Entity(name, EntityKind.Person));
        return _entities.Count - 1;
    }
}
