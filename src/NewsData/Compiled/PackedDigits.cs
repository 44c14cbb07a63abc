namespace NewsData.Compiled;

/// <summary>
/// How a compiled corpus writes numbers inside its string literals: base 32, most significant digit
/// first, with two 32-letter alphabets so the last digit says where a number ends. Every digit is a
/// printable ASCII letter that needs no escaping in C#, so a packed article is one compact literal
/// the compiler reads as a single token (see docs/performance.md for why it is a literal at all).
/// </summary>
internal static class PackedDigits
{
    /// <summary>The last digit of a number.</summary>
    public const string Final = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    /// <summary>Every digit before the last.</summary>
    public const string More = "abcdefghijklmnopqrstuvwxyz!#$%&*";

    /// <summary>For each ASCII character: its digit value, plus 32 for a <see cref="More"/> digit; -1 for anything else.</summary>
    public static readonly sbyte[] Values = CreateValues();

    private static sbyte[] CreateValues()
    {
        var values = new sbyte[128];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = -1;
        }

        for (var digit = 0; digit < 32; digit++)
        {
            values[Final[digit]] = (sbyte)digit;
            values[More[digit]] = (sbyte)(digit + 32);
        }

        return values;
    }
}
