using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace NewsData;

/// <summary>
/// Reads an article's text from the manifest resource the package's build targets embedded it as.
/// Decodes exactly as the compiler decodes additional files (a UTF-8, UTF-16 LE or UTF-16 BE byte
/// order mark picks the encoding and is dropped; otherwise UTF-8), so the spans the generator recorded
/// point at the same characters. Used by generated code.
/// </summary>
public static class ArticleResources
{
    /// <summary>The decoded text of the resource <paramref name="name"/> in <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing: the assembly was not built with the NewsData targets.</exception>
    public static string Load(Assembly assembly, string name)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The article resource '{name}' is not embedded in {assembly.GetName().Name}; build it with the NewsData.Generators targets.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.ToArray());
    }

    /// <summary>Decodes article bytes the way the compiler does.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

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
