using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsData.TaggerTraining;

/// <summary>
/// Writes Gazetteers/common-words.tsv: words news writes in lower case, so that a capitalised "Markets"
/// or "Analysts" at a sentence start or in a title-case phrase reads as a word, not a name. Counted
/// on the training part of the GMB extract (ODbL; the list is a derived database under the same
/// licence): a word is kept when it occurs at least <see cref="MinLower"/> times in lower case and at
/// least <see cref="MinShare"/> of its occurrences away from a sentence start are in lower case.
/// </summary>
internal static class CommonWords
{
    private const int MinLower = 5;
    private const double MinShare = 0.9;

    public static void Write(IEnumerable<NerDocument> documents, string path)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence[i].Text;
                if (word.Length < 2 || !word.All(char.IsLetter))
                {
                    continue;
                }

                if (word.All(char.IsLower))
                {
                    lower[word] = lower.GetValueOrDefault(word) + 1;
                }
                else if (i > 0 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower))
                {
                    var folded = word.ToLowerInvariant();
                    capitalised[folded] = capitalised.GetValueOrDefault(folded) + 1;
                }
            }
        }

        var kept = lower.Where(p => p.Value >= MinLower && p.Value >= MinShare * (p.Value + capitalised.GetValueOrDefault(p.Key)))
            .Select(p => p.Key).OrderBy(w => w, StringComparer.Ordinal).ToList();
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine("# Words news writes in lower case: the training part of the GMB NER extract (ODbL), counted by");
        writer.WriteLine("# benchmarks/NewsData.TaggerTraining (common-words). A derived database under the ODbL.");
        foreach (var word in kept)
        {
            writer.WriteLine(word);
        }

        Console.WriteLine($"wrote {kept.Count} common words to {path}");
    }
}
