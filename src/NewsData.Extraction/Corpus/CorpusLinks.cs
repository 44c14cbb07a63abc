using System.Collections.Generic;

namespace NewsData.Extraction.Corpus;

/// <summary>The corpus-wide view: one entity per real-world thing, statements reported in several articles, and related articles.</summary>
public sealed class CorpusLinks
{
    public CorpusLinks(IReadOnlyList<LinkedEntity> entities, IReadOnlyList<int[]> entityOf, IReadOnlyList<IReadOnlyList<(int Article, int Quote)>> statements, IReadOnlyList<(int A, int B, double Similarity)> relatedArticles)
    {
        Entities = entities;
        EntityOf = entityOf;
        Statements = statements;
        RelatedArticles = relatedArticles;
    }

    public IReadOnlyList<LinkedEntity> Entities { get; }

    /// <summary>For each article (input order), for each of its entities, the index into <see cref="Entities"/>.</summary>
    public IReadOnlyList<int[]> EntityOf { get; }

    /// <summary>Groups of quotes (article index, quote index) that report the same statement; each group spans two or more articles.</summary>
    public IReadOnlyList<IReadOnlyList<(int Article, int Quote)>> Statements { get; }

    /// <summary>Pairs of articles (A &lt; B) that report the same event, with their similarity.</summary>
    public IReadOnlyList<(int A, int B, double Similarity)> RelatedArticles { get; }
}

/// <summary>One entity of the corpus: its canonical name, every other form, the articles naming it and how often it is quoted.</summary>
public sealed record LinkedEntity(string Name, EntityKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<int> Articles, int QuoteCount);
