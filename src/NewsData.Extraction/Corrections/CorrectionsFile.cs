using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsData.Extraction.Corrections;

/// <summary>
/// A corrections file, read: an article's own <c>NAME.corrections.json</c> or the project-wide
/// <c>NewsData.corrections.json</c>. Give it to extraction through <see cref="ExtractionOptions.Corrections"/>
/// or <see cref="ExtractionOptions.ProjectCorrections"/>; the generator and <c>newsdata</c> both do, so every
/// face shows the same corrected article. Compared by its path, scope and text (and, for a project-wide file
/// cut down to one article, by which corrections are left), so a cached extraction is reused while the file is
/// unchanged.
/// </summary>
public sealed class CorrectionsFile : IEquatable<CorrectionsFile>
{
    /// <summary>How an article's own corrections file is named: <c>NAME.corrections.json</c> beside <c>NAME.txt</c>.</summary>
    public const string Suffix = ".corrections.json";

    /// <summary>The project-wide file's default name, next to the project file.</summary>
    public const string ProjectFileName = "NewsData.corrections.json";

    private readonly string _text;
    private readonly int[]? _selected;

    private CorrectionsFile(string path, CorrectionsScope scope, string text, CorrectionSet set, IReadOnlyList<ExtractionDiagnostic> diagnostics, int[]? selected = null)
    {
        Path = path;
        Scope = scope;
        _text = text;
        Set = set;
        Diagnostics = diagnostics;
        _selected = selected;
    }

    /// <summary>The file's path as the caller named it; diagnostics are located in it.</summary>
    public string Path { get; }

    public CorrectionsScope Scope { get; }

    /// <summary>What is wrong with the file (NEWS014, or why it could not be read), located in it. The rest of it still applies.</summary>
    public IReadOnlyList<ExtractionDiagnostic> Diagnostics { get; }

    /// <summary>How many corrections the file holds that can apply.</summary>
    public int Count => Set.Lines.Count + Set.Quotes.Count + Set.Entities.Count + (Set.ChangesFields ? 1 : 0);

    internal CorrectionSet Set { get; }

    /// <summary>The article's own corrections file for the article at <paramref name="articlePath"/>: <c>NAME.corrections.json</c> beside it.</summary>
    public static string SidecarPath(string articlePath)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(articlePath);
        var folder = articlePath.Substring(0, articlePath.Length - System.IO.Path.GetFileName(articlePath).Length);
        return folder + name + Suffix;
    }

    /// <summary>Reads a corrections file's text. Never throws for bad input: what cannot be read is in <see cref="Diagnostics"/>.</summary>
    /// <param name="path">The file's path, for locating diagnostics.</param>
    /// <param name="text">Its text as decoded (byte order mark removed).</param>
    /// <param name="scope">Whether it corrects one article or every article.</param>
    /// <param name="maxLength">The most characters it may have (the articles' limit, NewsDataMaxFileSize).</param>
    public static CorrectionsFile Parse(string path, string text, CorrectionsScope scope, int maxLength = ExtractionOptions.DefaultMaxLength)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.Length > maxLength)
        {
            return Unreadable(path, scope, new ExtractionDiagnostic(DiagnosticIds.FileTooLarge, ExtractionSeverity.Error, string.Format(CultureInfo.InvariantCulture,
                "'{0}' has {1:N0} characters, more than the limit of {2:N0}; none of its corrections is applied.", DiagnosticText.Escape(System.IO.Path.GetFileName(path)), text.Length, maxLength), default));
        }

        var (set, diagnostics) = CorrectionsParser.Parse(path, text, scope);
        return new CorrectionsFile(path, scope, text, set, diagnostics);
    }

    /// <summary>A corrections file that could not be read at all: <paramref name="problem"/> is put at its start, and it corrects nothing.</summary>
    public static CorrectionsFile Unreadable(string path, CorrectionsScope scope, ExtractionDiagnostic problem)
    {
        var located = problem with { Span = default, Location = new DiagnosticLocation(path, default, default, default) };
        return new CorrectionsFile(path, scope, "\0" + problem.Id + problem.Message, CorrectionSet.Empty, new[] { located });
    }

    /// <summary>
    /// The project-wide corrections that can change the article whose text is <paramref name="articleText"/>:
    /// those whose name it spells. Extraction applies no other (it calls this too), so the generator gives each
    /// article only these, and editing the project-wide file re-extracts only the articles a change can touch.
    /// </summary>
    public CorrectionsFile RelevantTo(string articleText)
    {
        if (Set.Entities.Count == 0)
        {
            return this;
        }

        var selected = new List<int>();
        foreach (var index in NameScanner.Find(articleText, Entities()))
        {
            selected.Add(index);
        }

        var picked = selected.ToArray();
        if (_selected is not null && Same(picked, _selected))
        {
            return this;
        }

        return new CorrectionsFile(Path, Scope, _text, Set, Diagnostics, picked);
    }

    /// <summary>The entity corrections that count: all of them, or those <see cref="RelevantTo"/> picked.</summary>
    internal IEnumerable<EntityCorrection> Entities()
    {
        if (_selected is null)
        {
            foreach (var entity in Set.Entities)
            {
                yield return entity;
            }

            yield break;
        }

        foreach (var index in _selected)
        {
            yield return Set.Entities[index];
        }
    }

    /// <summary>Whether <see cref="RelevantTo"/> left any correction that can change the article.</summary>
    public bool IsEmpty => Count == 0 || (_selected is not null && _selected.Length == 0);

    /// <summary>
    /// Equal files have the same path, scope and text. Two cut-down project-wide files are equal when they keep the
    /// same corrections, written the same: an edit elsewhere in the file does not change an article's share of it.
    /// </summary>
    public bool Equals(CorrectionsFile? other) =>
        ReferenceEquals(this, other) || (other is not null && Path == other.Path && Scope == other.Scope
            && (_selected is null || other._selected is null ? _selected is null && other._selected is null && _text == other._text : SameSelection(other)));

    public override bool Equals(object? obj) => Equals(obj as CorrectionsFile);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ (_selected?.Length ?? _text.Length);

    private bool SameSelection(CorrectionsFile other)
    {
        if (!Same(_selected!, other._selected!))
        {
            return false;
        }

        foreach (var index in _selected!)
        {
            var span = Set.Entities[index].Location.Span;
            var otherSpan = other.Set.Entities[index].Location.Span;
            if (span.Length != otherSpan.Length || string.CompareOrdinal(_text, span.Start, other._text, otherSpan.Start, span.Length) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(int[] a, int[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
