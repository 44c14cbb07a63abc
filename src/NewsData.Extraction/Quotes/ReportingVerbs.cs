using System;
using System.Collections.Generic;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Quotes;

/// <summary>What a reporting verb can do in an attribution (see ReportingVerbs.tsv).</summary>
[Flags]
internal enum VerbUse : byte
{
    None = 0,

    /// <summary>Reports speech; the reported clause may follow bare ("said the plan failed").</summary>
    Speech = 1,

    /// <summary>Reports speech, but only a clause after "that" is what was said ("confirmed that …").</summary>
    That = 2,

    /// <summary>An object comes before the clause ("told reporters that …").</summary>
    Object = 4,

    /// <summary>Attributes a quotation ("…,” X continued) and never introduces reported speech.</summary>
    Quotation = 8,

    /// <summary>Names a thing with someone's words ("X called it “a disaster”"): says who spoke a fragment, nothing more.</summary>
    Naming = 16,

    /// <summary>Reports a question: "asked whether …".</summary>
    Question = 32,

    /// <summary>Reports a request, its object and an infinitive: "urged lawmakers to …", "called on Congress to …".</summary>
    Request = 64,

    /// <summary>Reports a finding, only with "that": "a poll found that …". Its subject is as often a poll or a report as a person.</summary>
    Finding = 128,
}

/// <summary>
/// The verbs that report speech, in all their forms, from the embedded ReportingVerbs.tsv. Beliefs
/// and intentions ("believe", "want") are deliberately not in it: they report nothing said.
/// </summary>
internal static class ReportingVerbs
{
    private static readonly Dictionary<string, VerbUse> Forms = Build();

    /// <summary>
    /// Whether <paramref name="word"/> is a form of a verb that reports speech, in any case. Entity
    /// typing asks this ("Okafor said" names a person); verbs that only attribute a quotation are not.
    /// </summary>
    public static bool IsReportingVerb(string word) =>
        Forms.TryGetValue(word, out var use) ? (use & (VerbUse.Speech | VerbUse.That | VerbUse.Object)) != 0
            : word.Length > 0 && char.IsUpper(word[0]) && Forms.TryGetValue(AsciiCase.ToLower(word), out use) && (use & (VerbUse.Speech | VerbUse.That | VerbUse.Object)) != 0;

    /// <summary>What the form <paramref name="word"/> can do, exactly as written (verbs in prose are lower case).</summary>
    public static VerbUse UseOf(string word)
    {
        // Most words are no verb of these: their first letter and length, one bit, answer before the lookup.
        var c = word.Length is > 0 and < 64 ? word[0] : '\0';
        if (c is < 'a' or > 'z' || (LengthsByFirstLetter[c - 'a'] & (1UL << word.Length)) == 0)
        {
            return VerbUse.None;
        }

        return Forms.TryGetValue(word, out var use) ? use : VerbUse.None;
    }

    private static readonly ulong[] LengthsByFirstLetter = IndexLengths();

    private static ulong[] IndexLengths()
    {
        var lengths = new ulong[26];
        foreach (var form in Forms.Keys)
        {
            if (form.Length is > 0 and < 64 && form[0] is >= 'a' and <= 'z')
            {
                lengths[form[0] - 'a'] |= 1UL << form.Length;
            }
        }

        return lengths;
    }

    private static Dictionary<string, VerbUse> Build()
    {
        var forms = new Dictionary<string, VerbUse>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("NewsData.Extraction.Quotes.ReportingVerbs.tsv"))
        {
            var lemma = row[0];
            var use = VerbUse.None;
            foreach (var name in EmbeddedTable.Items(row, 2))
            {
                use |= name switch
                {
                    "speech" => VerbUse.Speech,
                    "that" => VerbUse.That,
                    "object" => VerbUse.Object,
                    "quotation" => VerbUse.Quotation,
                    "naming" => VerbUse.Naming,
                    "question" => VerbUse.Question,
                    "request" => VerbUse.Request,
                    "finding" => VerbUse.Finding,
                    _ => throw new InvalidOperationException($"ReportingVerbs.tsv: unknown class '{name}' for '{lemma}'."),
                };
            }

            var irregular = new List<string>(EmbeddedTable.Items(row, 1));
            foreach (var form in irregular.Count > 0 ? irregular : RegularForms(lemma))
            {
                Add(forms, form, use);
            }

            Add(forms, lemma, use);
        }

        return forms;
    }

    private static void Add(Dictionary<string, VerbUse> forms, string form, VerbUse use) =>
        forms[form] = forms.TryGetValue(form, out var existing) ? existing | use : use;

    /// <summary>-s, -ed and -ing with the usual spelling changes: replies, replied; notes, noted, noting; stresses. Doubled consonants are listed as irregular.</summary>
    private static IEnumerable<string> RegularForms(string verb)
    {
        if (verb.EndsWith("y", StringComparison.Ordinal) && verb.Length > 2 && !IsVowel(verb[verb.Length - 2]))
        {
            var stem = verb.Substring(0, verb.Length - 1);
            return new[] { stem + "ies", stem + "ied", verb + "ing" };
        }

        if (verb.EndsWith("e", StringComparison.Ordinal))
        {
            return new[] { verb + "s", verb + "d", verb.Substring(0, verb.Length - 1) + "ing" };
        }

        var plural = verb.EndsWith("ss", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) ? "es" : "s";
        return new[] { verb + plural, verb + "ed", verb + "ing" };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
