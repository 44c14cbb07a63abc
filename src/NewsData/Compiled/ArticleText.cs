using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;

namespace NewsData.Compiled;

/// <summary>
/// One article's full text, read and decoded on first use and then kept, so every value sliced from it
/// (title, paragraphs, captions, quotes) costs one decode however many are read.
/// </summary>
internal sealed class ArticleText
{
    private readonly Assembly? _assembly;
    private readonly string? _resourceName;
    private string? _text;

    private ArticleText(Assembly? assembly, string? resourceName, string? text)
    {
        _assembly = assembly;
        _resourceName = resourceName;
        _text = text;
    }

    /// <summary>The text of a manifest resource of <paramref name="assembly"/> (what the package's build targets embed).</summary>
    public static ArticleText FromResource(Assembly assembly, string resourceName) => new(assembly, resourceName, null);

    /// <summary>Text compiled in as a literal (projects that pass articles as plain AdditionalFiles).</summary>
    public static ArticleText FromLiteral(string text) => new(null, null, text);

    public string Value
    {
        [MethodImpl(Optimized.Startup)]
        get
        {
            var text = Volatile.Read(ref _text);
            if (text is null)
            {
                text = ArticleResources.Load(_assembly!, _resourceName!);
                Volatile.Write(ref _text, text);
            }

            return text;
        }
    }

    [MethodImpl(Optimized.Startup)]
    public string Slice(TextSpan span)
    {
        var text = Value;
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new InvalidOperationException($"The text of {_resourceName ?? "an article"} is shorter than when it was compiled; rebuild the project.");
        }

        return text.Substring(span.Start, span.Length);
    }
}
