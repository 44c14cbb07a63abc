using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Quotes;

/// <summary>
/// Verbs that report speech, in all their forms. Deliberately not "address", "believe" or "provide":
/// they take a subject and an object but report nothing said.
/// </summary>
internal static class ReportingVerbs
{
    private static readonly HashSet<string> Forms = Build();

    public static bool IsReportingVerb(string word) => Forms.Contains(word);

    /// <summary>
    /// "Speak" attributes a quotation ("Putin spoke about “…”") but what follows it is not the speech
    /// itself ("spoke with Raisi", "speaks at a rally"), so it never opens reported speech.
    /// </summary>
    public static bool IntroducesReportedSpeech(string word) => !SpeakForms.Contains(word);

    private static readonly HashSet<string> SpeakForms = new(StringComparer.OrdinalIgnoreCase) { "speak", "speaks", "spoke", "speaking", "spoken" };

    private static HashSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "speak", "speaks", "spoke", "speaking",
            "write", "writes", "wrote", "writing", "admit", "admits", "admitted", "admitting",
        };

        // Regular verbs: base, -s, -ed, -ing, with the usual spelling changes.
        string[] regular =
        {
            "add", "stress", "emphasise", "emphasize", "note", "warn", "insist", "state", "claim", "declare", "announce", "explain",
            "argue", "assert", "affirm", "confirm", "deny", "acknowledge", "suggest", "urge", "reiterate", "specify", "tweet", "ask",
            "reply", "respond", "comment", "remark", "mention", "predict", "vow", "pledge", "promise", "accuse", "maintain",
            "contend", "caution", "complain", "concede", "observe", "recall", "underline", "underscore", "highlight", "report",
            "allege", "demand", "threaten", "agree", "disclose", "reveal", "point",
        };

        foreach (var verb in regular)
        {
            forms.Add(verb);
            if (verb.EndsWith("y", StringComparison.Ordinal))
            {
                var stem = verb.Substring(0, verb.Length - 1);
                forms.Add(stem + "ies");
                forms.Add(stem + "ied");
                forms.Add(verb + "ing");
            }
            else if (verb.EndsWith("e", StringComparison.Ordinal))
            {
                forms.Add(verb + "s");
                forms.Add(verb + "d");
                forms.Add(verb.Substring(0, verb.Length - 1) + "ing");
            }
            else
            {
                var plural = verb.EndsWith("ss", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) ? "es" : "s";
                forms.Add(verb + plural);
                forms.Add(verb + "ed");
                forms.Add(verb + "ing");
            }
        }

        return forms;
    }
}
