using System.Threading;
using Microsoft.CodeAnalysis.Text;

// Deliberately in Roslyn's namespace, under the name of the command-line compiler's internal type: the
// generator trusts the manifest's timestamps only for that type (see ArticleInput), and this stands in for it.
namespace Microsoft.CodeAnalysis;

/// <summary>An additional file as csc and the compiler server pass it: a path, read from disk on first use.</summary>
internal sealed class AdditionalTextFile(string path) : AdditionalText
{
    private SourceText? _text;

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _text ??= SourceText.From(System.IO.File.ReadAllText(path));
}
