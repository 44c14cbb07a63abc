namespace NewsData.Generators.Emitting;

/// <summary>
/// The members the corpus class declares besides its articles. An article field may not take these names
/// (see <c>MemberNameAllocator</c>), and neither may the class itself: C# forbids a member named like its
/// enclosing type (CS0542), so <c>NewsDataClassName=Storage</c> is a settings error, not a broken build.
/// </summary>
internal static class CorpusMembers
{
    public static readonly string[] Declared =
    {
        "Articles", "Quotes", "QuotesBy", "ArticlesMentioning", "SameStatement", "RelatedArticles",
        "People", "Organizations", "Places", "Other", Names.Storage, TheoryDataEmitter.ClassName,
    };
}
