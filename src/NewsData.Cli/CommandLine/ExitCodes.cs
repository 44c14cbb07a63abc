namespace NewsData.Cli;

/// <summary>What <c>newsdata</c> returns, the same for every command (and printed by <c>--help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings allowed.</summary>
    public const int Ok = 0;

    /// <summary>Some file has an error diagnostic (its article is left out); the output was still written.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Bad usage, a path that yields no article file, or output that could not be written.</summary>
    public const int BadUsage = 2;

    public const string Help = """
        Exit codes:
          0  ok (warnings allowed)
          1  errors found: a file has an error diagnostic; the output is still written, without that article
          2  bad usage, a path that holds no .txt file, or output that cannot be written
        """;
}
