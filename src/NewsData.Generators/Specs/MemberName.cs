namespace NewsData.Generators.Specs;

/// <summary>The public member name given to the article at <paramref name="Path"/>.</summary>
internal sealed record MemberName(string Path, string Id, string Name);
