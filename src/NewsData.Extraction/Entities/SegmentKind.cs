namespace NewsData.Extraction.Entities;

/// <summary>How much a stretch of text can be trusted to reveal new names.</summary>
internal enum SegmentKind
{
    /// <summary>Body and caption sentences: capitalisation means something, names may be found here.</summary>
    Prose,

    /// <summary>Headlines (Title Case, ALL CAPS) and menus: only names known from elsewhere are marked.</summary>
    Headline,

    /// <summary>Photo credits: only known names (agencies, publishers) are marked.</summary>
    Credit,
}
