using System.Text;

namespace NewsData.Generators.Emitting;

/// <summary>A string builder that knows the current indentation, so emitters read like the code they write.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string text = "{")
    {
        Line(text);
        _indent++;
        return this;
    }

    public SourceWriter Close(string text = "}")
    {
        _indent--;
        return Line(text);
    }

    public override string ToString() => _builder.ToString();
}
