namespace NewsData.Extraction.Corpus;

/// <summary>
/// The order of a corpus's articles: by id, then by path (two folders may hold files of the same name), both
/// ordinal. The generator numbers articles and links entities in this order, and <c>newsdata export</c> uses it
/// too, so the corpus ids it writes are the generated ones.
/// </summary>
public static class CorpusOrder
{
    public static int Compare(string idA, string pathA, string idB, string pathB)
    {
        var byId = string.CompareOrdinal(idA, idB);
        return byId != 0 ? byId : string.CompareOrdinal(pathA, pathB);
    }
}
