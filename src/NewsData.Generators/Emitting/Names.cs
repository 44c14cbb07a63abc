namespace NewsData.Generators.Emitting;

/// <summary>Fully qualified names the emitted code uses, so a user's own types never shadow ours.</summary>
internal static class Names
{
    public const string Article = "global::NewsData.Article";
    public const string Entity = "global::NewsData.Entity";
    public const string EntityKind = "global::NewsData.EntityKind";
    public const string Quote = "global::NewsData.Quote";
    public const string CompiledCorpus = "global::NewsData.Compiled.CompiledCorpus";
    public const string Enumerable = "global::System.Collections.Generic.IEnumerable";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";

    /// <summary>The nested class holding the compiled corpus and its packed data (see <see cref="CorpusEmitter"/>).</summary>
    public const string Storage = "Storage";

    public static readonly string Version = typeof(Names).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static string GeneratedCodeAttribute => $"[{GeneratedCode}(\"NewsData.Generators\", \"{Version}\")]";
}
