using System;
using System.Collections.Generic;

namespace NewsData.Extraction.Text;

/// <summary>
/// Compares names as <see cref="NameFolding.Fold"/> would, without building the folded strings: two
/// names are equal exactly when their folded forms are. Every mention of every article was folded
/// twice to find its entity, and most names are ASCII, where folding is only lower-casing, done here
/// character by character. Names with any other character are still folded in full.
/// </summary>
internal sealed class FoldedNameComparer : IEqualityComparer<string>
{
    public static FoldedNameComparer Instance { get; } = new();

    private FoldedNameComparer()
    {
    }

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        var a = Comparable(x);
        var b = Comparable(y);
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && AsciiLower(a[i]) != AsciiLower(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        // FNV-1a over the folded characters: the same value for every spelling that folds alike.
        var text = Comparable(name);
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ AsciiLower(c)) * 16777619u;
        }

        return (int)hash;
    }

    private static char AsciiLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    /// <summary>
    /// The name itself when it is ASCII (its folded form is its ASCII lower case), else its folded form,
    /// which holds no ASCII capital. Either way, lower-casing ASCII letters gives the folded characters.
    /// </summary>
    private static string Comparable(string name)
    {
        foreach (var c in name)
        {
            if (c >= 128)
            {
                return NameFolding.Fold(name);
            }
        }

        return name;
    }
}
