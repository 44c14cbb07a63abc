using System;
using System.IO;

namespace NewsData.Cli.Tests;

/// <summary>A throw-away folder of article files.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsdata-" + Guid.NewGuid().ToString("N"));

    public string Add(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
