using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using NewsData.Extraction;
using NewsData.Extraction.Lines;
using NewsData.Extraction.Text;

namespace NewsData.LineTraining;

/// <summary>
/// A page to learn from: its lines as the extractor reads them, and labels derived from its gold
/// (<see cref="Body"/>: 1 body, 0 not, -1 unsure and left out; <see cref="IsTitle"/>: the headline).
/// </summary>
internal sealed class TrainingPage
{
    private static readonly Regex Token = new(@"\w+", RegexOptions.Compiled);

    private TrainingPage(string id, string group, string text, string? goldBody, string? goldTitle, PageSet set = PageSet.Repository)
    {
        Id = id;
        Set = set;
        Group = group;
        Text = text;
        GoldBody = goldBody;
        GoldTitle = goldTitle;
        Lines = LineClassifier.Classify(text, LineSplitter.Split(text, CancellationToken.None), CancellationToken.None);
        Layout = PageLayout.Read(Lines);
        Body = new int[Layout.Count];
        IsTitle = new bool[Layout.Count];
    }

    public string Id { get; }

    /// <summary>Where the page comes from, so each set is scored on its own.</summary>
    public PageSet Set { get; }

    /// <summary>Pages of one site share a group, so cross-validation never tests on a site it trained on.</summary>
    public string Group { get; }

    public string Text { get; }

    /// <summary>The gold article body, for scoring (the benchmark's, or a pool source's); null for the repository's own pages and pool pages without one.</summary>
    public string? GoldBody { get; }

    public string? GoldTitle { get; }

    public List<LineInfo> Lines { get; }

    public PageLayout Layout { get; }

    public int[] Body { get; }

    public bool[] IsTitle { get; }

    /// <summary>The development part of the article-extraction-benchmark: dev/*.txt and gold-dev.json. Never the held-out part.</summary>
    public static List<TrainingPage> LoadBenchmark(string folder)
    {
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold-dev.json"))).RootElement;
        var pages = new List<TrainingPage>();
        foreach (var entry in gold.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var text = SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(folder, "dev", entry.Name + ".txt")));
            var g = entry.Value;
            var url = g.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var title = g.TryGetProperty("title", out var t) ? t.GetString() : null;
            var page = new TrainingPage(entry.Name, Site(url), text, g.GetProperty("body").GetString() ?? "", title, PageSet.Benchmark);
            page.LabelFromGoldBody();
            page.LabelTitle();
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>
    /// The training pool that benchmarks/eval/pages/pool.py builds from other public test sets (no
    /// benchmark page among them): a gold body where the source has one, else the snippets it says
    /// are inside or outside the article; the headline from the page's metadata.
    /// </summary>
    public static List<TrainingPage> LoadPool(string folder, bool englishOnly, bool menusAboveTitle)
    {
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json"))).RootElement;
        var pages = new List<TrainingPage>();
        foreach (var entry in gold.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var g = entry.Value;
            if (englishOnly && !g.GetProperty("english").GetBoolean())
            {
                continue;
            }

            var text = SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(folder, entry.Name + ".txt")));
            var body = g.TryGetProperty("body", out var b) ? b.GetString() : null;
            var title = g.TryGetProperty("title", out var t) ? t.GetString() : null;
            var page = new TrainingPage(entry.Name, "pool:" + g.GetProperty("site").GetString(), text, body, title, PageSet.Pool);
            if (body is not null)
            {
                page.LabelFromGoldBody();
            }
            else
            {
                page.LabelFromSnippets(Strings(g, "with"), Strings(g, "without"));
            }

            page.LabelTitle();
            if (body is null && menusAboveTitle)
            {
                page.LabelAboveTitle();
            }

            pages.Add(page);
        }

        return pages;
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList() : new List<string>();

    /// <summary>The repository's own development pages with NAME.expected.json (Layouts, Pages; the seeds' expectations are in SeedPages, their text in seeds/).</summary>
    public static List<TrainingPage> LoadExpected(string folder, string? textFolder = null)
    {
        var pages = new List<TrainingPage>();
        foreach (var file in Directory.GetFiles(folder, "*.expected.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file).Replace(".expected.json", "", StringComparison.Ordinal);
            var text = SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(textFolder ?? folder, name + ".txt")));
            var expected = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            var paragraphs = expected.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
            var title = expected.GetProperty("title").GetString();
            var page = new TrainingPage(Path.GetFileName(folder) + "/" + name, "repo:" + name, text, null, string.IsNullOrEmpty(title) ? null : title);
            page.LabelFromParagraphs(paragraphs);
            page.LabelTitle();
            pages.Add(page);

            // The same article as a hand-cleaned page (headline, then paragraphs), the way users and
            // tests often write them: on such a page every paragraph is body, however short the page.
            if (paragraphs.Count > 0)
            {
                foreach (var (separator, take) in new[] { ("\n\n", 3), ("\n", 3), ("\n\n", 1), ("\n\n", 2) })
                {
                    var clean = (string.IsNullOrEmpty(title) ? "" : title + separator) + string.Join(separator, paragraphs.Take(take)) + "\n";
                    var variant = new TrainingPage(page.Id + "/clean" + separator.Length + take, page.Group, clean, null, string.IsNullOrEmpty(title) ? null : title);
                    variant.LabelFromParagraphs(paragraphs);
                    variant.LabelTitle();
                    pages.Add(variant);
                }
            }
        }

        return pages;
    }

    public static string[] Tokens(string text) => Token.Matches(text).Select(m => m.Value).ToArray();

    private static string Site(string url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
        var parts = host.Split('.');
        return parts.Length >= 2 ? parts[^2] + "." + parts[^1] : host;
    }

    /// <summary>
    /// A line is body when most of its runs of four words are in the gold body, not body when few
    /// are, and left out in between. A line of one to three words is body when its words occur in
    /// the gold in that order next to a body line (a subheading), not body when they do not occur.
    /// </summary>
    private void LabelFromGoldBody()
    {
        var goldTokens = Tokens(GoldBody!);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= goldTokens.Length; i++)
        {
            shingles.Add(string.Join(" ", goldTokens, i, 4));
        }

        var goldText = " " + string.Join(" ", goldTokens) + " ";
        var shortLines = new List<int>();
        for (var k = 0; k < Layout.Count; k++)
        {
            var tokens = Tokens(Layout[k].Text);
            if (tokens.Length >= 4)
            {
                var hits = 0;
                for (var i = 0; i + 4 <= tokens.Length; i++)
                {
                    hits += shingles.Contains(string.Join(" ", tokens, i, 4)) ? 1 : 0;
                }

                var share = (double)hits / (tokens.Length - 3);
                Body[k] = share >= 0.6 ? 1 : share <= 0.2 ? 0 : -1;
            }
            else if (tokens.Length == 0 || !goldText.Contains(" " + string.Join(" ", tokens) + " ", StringComparison.Ordinal))
            {
                Body[k] = 0;
            }
            else
            {
                shortLines.Add(k);
            }
        }

        foreach (var k in shortLines)
        {
            var nearBody = false;
            for (var j = Math.Max(0, k - 2); j <= Math.Min(Layout.Count - 1, k + 2); j++)
            {
                nearBody |= j != k && Body[j] == 1;
            }

            Body[k] = nearBody ? 1 : -1;
        }
    }

    /// <summary>
    /// Partial labels: a line holding a snippet the source puts inside the article (or held whole by
    /// one) is body; a line that is little more than a snippet it puts outside is not; the rest are left out.
    /// </summary>
    private void LabelFromSnippets(List<string> inside, List<string> outside)
    {
        var with = inside.Select(s => " " + string.Join(" ", Tokens(s.ToLowerInvariant())) + " ").Where(s => s.Length > 2).ToList();
        var without = outside.Select(s => Tokens(s.ToLowerInvariant())).Where(t => t.Length > 0).ToList();
        for (var k = 0; k < Layout.Count; k++)
        {
            var tokens = Tokens(Layout[k].Text.ToLowerInvariant());
            Body[k] = -1;
            if (tokens.Length == 0)
            {
                continue;
            }

            var line = " " + string.Join(" ", tokens) + " ";
            if (with.Any(s => line.Contains(s, StringComparison.Ordinal) || (tokens.Length >= 4 && s.Contains(line, StringComparison.Ordinal))))
            {
                Body[k] = 1;
            }
            else if (without.Any(s => tokens.Length <= 3 * s.Length && line.Contains(" " + string.Join(" ", s) + " ", StringComparison.Ordinal)))
            {
                Body[k] = 0;
            }
        }
    }

    /// <summary>What stands above the headline is the site's (menus, mastheads, teasers), never the article's body.</summary>
    private void LabelAboveTitle()
    {
        var title = Array.IndexOf(IsTitle, true);
        for (var k = 0; k < title; k++)
        {
            if (Body[k] < 0)
            {
                Body[k] = 0;
            }
        }
    }

    /// <summary>A line is body when it is one of the expected paragraphs or a piece of one (hard-wrapped text).</summary>
    private void LabelFromParagraphs(List<string> paragraphs)
    {
        for (var k = 0; k < Layout.Count; k++)
        {
            var text = Layout[k].Text;
            Body[k] = paragraphs.Any(p => p == text || (text.Length >= 20 && p.Contains(text, StringComparison.Ordinal))) ? 1 : 0;
        }
    }

    private void LabelTitle()
    {
        if (GoldTitle is null)
        {
            return;
        }

        var gold = Normalize(GoldTitle);
        for (var k = 0; k < Layout.Count; k++)
        {
            IsTitle[k] = Normalize(HeadlineText.Of(Layout[k])) == gold;
        }
    }

    /// <summary>As the benchmark's scorer compares titles: case folded, quotes and dashes plain, spaces collapsed, punctuation trimmed.</summary>
    public static string Normalize(string text)
    {
        var s = text.Normalize(System.Text.NormalizationForm.FormKC)
            .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-').ToLowerInvariant();
        s = Regex.Replace(s, @"\s+", " ").Trim();
        return s.Trim(' ', '\'', '"', '`', '.', ',', ';', ':', '!', '?', '-', '(', ')', '[', ']', '\u2026', '*', '|').Trim();
    }
}

/// <summary>Where a training page comes from.</summary>
internal enum PageSet
{
    /// <summary>The development part of the article-extraction-benchmark.</summary>
    Benchmark,

    /// <summary>The training pool built from other public test sets.</summary>
    Pool,

    /// <summary>The repository's own development pages.</summary>
    Repository,
}
