using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsData.Extraction;
using NewsData.Generators.Common;
using NewsData.Generators.Emitting;
using NewsData.Generators.Specs;

namespace NewsData.Generators.Parsing;

/// <summary>
/// Gives every generated article a unique member name. Articles are taken in (id, path) order, so the
/// same corpus always gets the same names, and a file that fails to extract takes no name from others.
/// Names are unique ignoring case, because they also name the generated files.
/// </summary>
internal static class MemberNameAllocator
{
    /// <summary>Members the corpus class already has, or will have, besides articles, and those every class inherits.</summary>
    private static readonly string[] Reserved = CorpusMembers.Declared.Concat(new[]
    {
        "Entities", "Links", "Index", "Join", "MentionsAt",
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    }).ToArray();

    public static CorpusIndex Allocate(ImmutableArray<ArticleKey> keys, CorpusOptions options)
    {
        var (members, generated, diagnostics) = NameArticles(keys, options);
        return CorpusIndexBuilder.Build(members, generated, diagnostics);
    }

    private static (MemberName[] Members, List<ArticleKey> Generated, List<DiagnosticSpec> Diagnostics) NameArticles(ImmutableArray<ArticleKey> keys, CorpusOptions options)
    {
        var generated = new List<ArticleKey>(keys.Length);
        foreach (var key in keys)
        {
            if (key.IsGenerated)
            {
                generated.Add(key);
            }
        }

        generated.Sort(static (a, b) => NewsData.Extraction.Corpus.CorpusOrder.Compare(a.Id, a.Path, b.Id, b.Path));

        var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase) { options.ClassName };
        var firstPathByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var members = new MemberName[generated.Count];
        var diagnostics = new List<DiagnosticSpec>();
        for (var i = 0; i < generated.Count; i++)
        {
            var key = generated[i];
            var wanted = MemberNames.FromId(key.Id);
            var name = wanted;
            for (var suffix = 2; !taken.Add(name); suffix++)
            {
                name = wanted + "_" + suffix;
            }

            if (name != wanted)
            {
                var reason = firstPathByName.TryGetValue(wanted, out var other)
                    ? $"'{other}' already uses the name {wanted}"
                    : $"{wanted} is a name the corpus class reserves";
                diagnostics.Add(DiagnosticSpec.Whole(
                    DiagnosticIds.DuplicateName, ExtractionSeverity.Warning,
                    $"The article '{key.Path}' is generated as {options.ClassName}.{name}, because {reason}. Rename one of the files to choose the name yourself.",
                    key.Path));
            }
            else
            {
                firstPathByName[name] = key.Path;
            }

            members[i] = new MemberName(key.Path, key.Id, name, EquatableArray<int>.Empty, i);
        }

        return (members, generated, diagnostics);
    }
}
