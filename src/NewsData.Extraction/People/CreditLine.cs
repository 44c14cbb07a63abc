using System.Collections.Generic;

namespace NewsData.Extraction.People;

/// <summary>A line crediting reporters and contributors: "X contributed to this report", "(Reporting by X; Editing by Y)".</summary>
internal sealed class CreditLine
{
    public List<string> Reporters { get; } = new();

    public List<string> Contributors { get; } = new();
}
