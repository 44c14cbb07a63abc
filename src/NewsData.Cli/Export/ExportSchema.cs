using System.Globalization;

namespace NewsData.Cli.Export;

/// <summary>The version of the exported tables (docs/export-schema.md); raised whenever a column changes.</summary>
internal static class ExportSchema
{
    public const int Version = 1;

    public static string VersionText => Version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tables, in the order docs/export-schema.md describes them.</summary>
    public static readonly string[] Tables = ["articles", "paragraphs", "quotes", "entities", "mentions", "images", "diagnostics"];
}
