using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace NewsData.Cli.Export;

/// <summary>
/// What the last export made of each file, so that a re-export into the same folder extracts only the files whose
/// text changed: <c>OUT/.newsdata-export-cache</c>. It starts with a header (schema and tool version: another
/// version may extract differently, so its cache is not used); then, per file, its text's SHA-256, its path and its
/// <see cref="FileRows"/> as gzipped JSON. Opening reads only the hashes and paths into an index (path → hash and
/// offset); a hit reads and inflates its one record.
/// </summary>
internal sealed class ExportCache : IDisposable
{
    public const string FileName = ".newsdata-export-cache";

    private static readonly JsonSerializerOptions Json = new();

    private readonly Dictionary<string, (string Hash, long Offset, int Length)> _index = new(StringComparer.Ordinal);
    private readonly FileStream? _stream;

    private ExportCache(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return;
        }

        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        var reader = new BinaryReader(_stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Header)
            {
                return; // another version's cache: every file is extracted again
            }

            while (_stream.Position < _stream.Length)
            {
                var hash = reader.ReadString();
                var file = reader.ReadString();
                var length = reader.ReadInt32();
                _index[file] = (hash, _stream.Position, length);
                _stream.Position += length;
            }
        }
        catch (EndOfStreamException)
        {
            _index.Clear(); // a cache cut short is no cache
        }
    }

    public static string Header { get; } = "newsdata export cache; schema " + ExportSchema.VersionText + "; tool " +
        typeof(ExportCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    /// <summary>The cache in <paramref name="folder"/>, or an empty one when there is none or <paramref name="use"/> is false.</summary>
    public static ExportCache Open(string folder, bool use) => new(use ? Path.Combine(folder, FileName) : null);

    /// <summary>The rows the last export made of <paramref name="path"/>, if its text is unchanged.</summary>
    public FileRows? Find(string path, string hash)
    {
        if (_stream is null || !_index.TryGetValue(path, out var cached) || cached.Hash != hash)
        {
            return null;
        }

        var record = new byte[cached.Length];
        lock (_stream)
        {
            _stream.Position = cached.Offset;
            _stream.ReadExactly(record);
        }

        using var json = new GZipStream(new MemoryStream(record), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<FileRows>(json, Json);
    }

    /// <summary>A new cache, <see cref="Add"/> for every file.</summary>
    public static BinaryWriter Create(string path)
    {
        var writer = new BinaryWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16), Encoding.UTF8);
        writer.Write(Header);
        return writer;
    }

    public static void Add(BinaryWriter writer, string path, string hash, FileRows rows)
    {
        var record = new MemoryStream();
        using (var json = new GZipStream(record, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(json, rows, Json);
        }

        writer.Write(hash);
        writer.Write(path);
        writer.Write((int)record.Length);
        writer.Write(record.GetBuffer(), 0, (int)record.Length);
    }

    public void Dispose() => _stream?.Dispose();
}
