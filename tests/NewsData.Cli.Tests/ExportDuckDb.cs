using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;

namespace NewsData.Cli.Tests;

/// <summary>An in-memory DuckDB over an export folder: real SQL against the exported files.</summary>
internal sealed class ExportDuckDb : IDisposable
{
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public ExportDuckDb(string folder)
    {
        Folder = folder;
        _connection.Open();
    }

    public string Folder { get; }

    /// <summary>A table's file as DuckDB names it in FROM: <c>'…/quotes.parquet'</c>.</summary>
    public string Table(string name, string extension = "parquet") => $"'{Path.Combine(Folder, name + "." + extension)}'";

    /// <summary>Runs <paramref name="sql"/> ({name} stands for that table's Parquet file); every row as its values.</summary>
    public List<object?[]> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = System.Text.RegularExpressions.Regex.Replace(sql, @"\{(\w+)\}", m => Table(m.Groups[1].Value));
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public long Scalar(string sql) => Convert.ToInt64(Query(sql).Single()[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The table's columns and DuckDB's types for them, in order.</summary>
    public List<(string Name, string Type)> Columns(string table) =>
        Query($"DESCRIBE SELECT * FROM {Table(table)}").Select(r => ((string)r[0]!, (string)r[1]!)).ToList();

    public void Dispose() => _connection.Dispose();
}
