namespace NewsData.Extraction;

/// <summary>
/// Decodes an article file the way the compiler decodes additional files: a UTF-8, UTF-16 LE or
/// UTF-16 BE byte order mark selects the encoding and is removed; without one the bytes are UTF-8.
/// Offsets in diagnostics and JSON are therefore the same from the CLI and from the build.
/// </summary>
public static class SourceDecoder
{
    public static string Decode(byte[] bytes) => ArticleResources.Decode(bytes);
}
