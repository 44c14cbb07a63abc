using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace NewsData.Cli.Tests;

/// <summary>Runs the newsdata command in-process and captures what it writes.</summary>
internal static class Cli
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds");

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(args, errorIsTerminal: false);

    /// <summary>As if stderr were a terminal (or not): progress is drawn only on one.</summary>
    public static (int ExitCode, string Output, string Error) Run(string[] args, bool errorIsTerminal)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var stream = new MemoryStream();
        var exitCode = Program.Run(args, output, error, () => new NonClosingStream(stream), errorIsTerminal);
        var json = Encoding.UTF8.GetString(stream.ToArray());
        return (exitCode, output.ToString() + json, error.ToString());
    }

    public static JsonDocument Extract(params string[] paths)
    {
        var (exitCode, output, error) = Run(["extract", .. paths, "--format", "json"]);
        Assert.True(exitCode is 0 or 1, error); // 1: some file has an error, and the JSON is still written

        return JsonDocument.Parse(output);
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
