using System.Text;

namespace NewsData.Extraction;

/// <summary>
/// Decodes an article file the way the compiler decodes additional files: a UTF-8, UTF-16 LE or
/// UTF-16 BE byte order mark selects the encoding and is removed; without one the bytes are UTF-8.
/// Offsets in diagnostics and JSON are therefore the same from the CLI and from the build.
/// </summary>
public static class SourceDecoder
{
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
