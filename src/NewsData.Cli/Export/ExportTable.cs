using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parquet;
using Parquet.Serialization;

namespace NewsData.Cli.Export;

/// <summary>The file formats <c>newsdata export</c> writes.</summary>
internal enum ExportFormat
{
    Parquet,
    Jsonl,
}

/// <summary>One table of the export, written in batches: each batch of Parquet is one row group.</summary>
internal abstract class ExportTable<T> : IDisposable
{
    /// <summary>Appends <paramref name="rows"/>; an empty batch writes nothing.</summary>
    public abstract void Write(IReadOnlyCollection<T> rows);

    /// <summary>Ends the file; a table that got no row is still written, with its columns.</summary>
    public abstract void Dispose();

    public static ExportTable<T> Create(ExportFormat format, string folder, string name, int rowGroupSize) => format switch
    {
        ExportFormat.Parquet => new ParquetTable<T>(Path.Combine(folder, name + ".parquet"), rowGroupSize),
        _ => new JsonLinesTable<T>(Path.Combine(folder, name + ".jsonl")),
    };
}

/// <summary>
/// A Parquet file through Parquet.Net's serializer. Rows are kept until there are <c>rowGroupSize</c> of them
/// and then appended as one row group (the first creates the file), so memory holds at most one row group per
/// table, whatever the corpus. Snappy compression, which every engine reads.
/// </summary>
internal sealed class ParquetTable<T>(string path, int rowGroupSize) : ExportTable<T>
{
    private static readonly Dictionary<string, string> Metadata = new() { ["newsdata.schema_version"] = ExportSchema.VersionText };

    private readonly List<T> _rows = [];
    private bool _started;

    public override void Write(IReadOnlyCollection<T> rows)
    {
        foreach (var row in rows)
        {
            _rows.Add(row);
            if (_rows.Count == rowGroupSize)
            {
                Append(_rows);
                _rows.Clear();
            }
        }
    }

    public override void Dispose()
    {
        if (_rows.Count > 0 || !_started)
        {
            Append(_rows);
        }
    }

    private void Append(IReadOnlyCollection<T> rows)
    {
        using var stream = new FileStream(path, _started ? FileMode.Open : FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        var options = new ParquetOptions { Append = _started, CompressionMethod = CompressionMethod.Snappy, RowGroupSize = Math.Max(1, rows.Count) };
        ParquetSerializer.SerializeAsync(rows, stream, options, Metadata).GetAwaiter().GetResult();
        _started = true;
    }
}

/// <summary>One JSON object per line, with the Parquet columns' names and values (dates as yyyy-MM-dd, times as HH:mm:ss).</summary>
internal sealed class JsonLinesTable<T>(string path) : ExportTable<T>
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly StreamWriter _writer = new(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };

    public override void Write(IReadOnlyCollection<T> rows)
    {
        foreach (var row in rows)
        {
            _writer.WriteLine(JsonSerializer.Serialize(row, Json));
        }
    }

    public override void Dispose() => _writer.Dispose();
}
