using System.Threading;
using Microsoft.CodeAnalysis.Text;

// Deliberately in Roslyn's namespace, under the name of the command-line compiler's internal type: the
// generator trusts manifest timestamps only for that type (see ArticleInput), and this stands in for it.
namespace Microsoft.CodeAnalysis;

/// <summary>
/// An additional file as csc and the compiler server hand it to generators: a new instance on every build,
/// whose text is read (here: produced) on first use. Counts the reads so tests can see which files were read.
/// </summary>
internal sealed class AdditionalTextFile(string path, string text) : AdditionalText
{
    private SourceText? _text;

    public override string Path => path;

    public int Reads { get; private set; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        Reads++;
        return _text ??= SourceText.From(text);
    }
}
