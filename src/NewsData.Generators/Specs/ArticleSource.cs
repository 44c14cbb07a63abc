namespace NewsData.Generators.Specs;

/// <summary>
/// What the emitter needs for one article: its member, its position in the corpus, its docs and its
/// packed form (see NewsData.Compiled.PackedArticle). Plain strings, so an article whose packed form
/// did not change leaves its file alone.
/// </summary>
/// <param name="Ordinal">Its position in id order.</param>
/// <param name="MemberName">Its field on the corpus class.</param>
/// <param name="Summary">Its docs' summary: the title.</param>
/// <param name="Remarks">Its docs' remarks: date, publisher and source file.</param>
/// <param name="Packed">The packed article.</param>
internal sealed record ArticleSource(int Ordinal, string MemberName, string Summary, string Remarks, string Packed);
