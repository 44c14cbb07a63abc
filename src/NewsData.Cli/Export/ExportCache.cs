using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace NewsData.Cli.Export;

/// <summary>
/// What the last export made of each file, so that a re-export into the same folder extracts only the files whose
/// text changed: <c>OUT/.newsdata-export-cache.jsonl</c>, a header line (schema and tool version: another version
/// may extract differently, so its cache is not used), then one line per file, <c>["sha-256", "path", rows]</c>.
/// Only an index (path → hash and line offset) is held in memory, read from the start of each line; a hit reads
/// its one line.
/// </summary>
internal sealed class ExportCache : IDisposable
{
    public const string FileName = ".newsdata-export-cache.jsonl";

    private readonly Dictionary<string, (string Hash, long Offset, int Length)> _index = new(StringComparer.Ordinal);
    private readonly FileStream? _stream;

    private ExportCache(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return;
        }

        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        var header = Encoding.UTF8.GetBytes(Header);
        var offset = 0L;
        foreach (var line in Lines(_stream))
        {
            if (offset == 0 && !line.AsSpan().SequenceEqual(header))
            {
                return; // another version's cache: everything is extracted again
            }

            if (offset > 0)
            {
                var reader = new Utf8JsonReader(line);
                reader.Read(); // [
                reader.Read();
                var hash = reader.GetString()!;
                reader.Read();
                _index[reader.GetString()!] = (hash, offset, line.Length);
            }

            offset += line.Length + 1;
        }
    }

    /// <summary>How many files the last export left in the cache.</summary>
    public int Count => _index.Count;

    public static string Header { get; } = JsonSerializer.Serialize(new
    {
        schema_version = ExportSchema.Version,
        tool = typeof(ExportCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
    });

    /// <summary>The cache in <paramref name="folder"/>, or an empty one when there is none or <paramref name="use"/> is false.</summary>
    public static ExportCache Open(string folder, bool use) => new(use ? Path.Combine(folder, FileName) : null);

    /// <summary>The rows the last export made of <paramref name="path"/>, if its text is unchanged.</summary>
    public FileRows? Find(string path, string hash)
    {
        if (_stream is null || !_index.TryGetValue(path, out var cached) || cached.Hash != hash)
        {
            return null;
        }

        var line = new byte[cached.Length];
        lock (_stream)
        {
            _stream.Position = cached.Offset;
            _stream.ReadExactly(line);
        }

        var reader = new Utf8JsonReader(line);
        reader.Read(); // [
        reader.Read(); // hash
        reader.Read(); // path
        reader.Read(); // {
        return JsonSerializer.Deserialize<FileRows>(ref reader, JsonLinesTable<FileRows>.Json);
    }

    /// <summary>A new cache: the header, then <see cref="Add"/> for every file.</summary>
    public static StreamWriter Create(string path)
    {
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        writer.WriteLine(Header);
        return writer;
    }

    public static void Add(StreamWriter writer, string path, string hash, FileRows rows)
    {
        writer.Write('[');
        writer.Write(JsonSerializer.Serialize(hash));
        writer.Write(',');
        writer.Write(JsonSerializer.Serialize(path));
        writer.Write(',');
        writer.Write(JsonSerializer.Serialize(rows, JsonLinesTable<FileRows>.Json));
        writer.WriteLine(']');
    }

    public void Dispose() => _stream?.Dispose();

    /// <summary>The stream's lines, as bytes without the line feed.</summary>
    private static IEnumerable<byte[]> Lines(Stream stream)
    {
        var line = new MemoryStream();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                yield return line.ToArray();
                line.SetLength(0);
            }
            else
            {
                line.WriteByte((byte)b);
            }
        }
    }
}
