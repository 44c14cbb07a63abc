namespace NewsData.Extraction.Lines;

/// <summary>What a line of a scrape is, judged from the line alone.</summary>
internal enum LineKind
{
    Blank,

    /// <summary>Page furniture: "Loading...", "Advertisement", share and cookie lines.</summary>
    Junk,

    /// <summary>A heading that opens the end-of-page trailer: "Most Popular", "Related Articles".</summary>
    TrailerHeading,

    /// <summary>A scraper's metadata header at the top of the file: " date 2022-02-24 …", "url: …".</summary>
    MetadataHeader,

    /// <summary>A menu or breadcrumb: many capitalised items, no sentence.</summary>
    Navigation,

    Byline,

    /// <summary>A short line that is essentially a date: "Published: FEBRUARY 24, 2022 21:30".</summary>
    DateLine,

    /// <summary>"3 hours ago", "Updated yesterday".</summary>
    RelativeDate,

    /// <summary>A line that is only a URL to a page.</summary>
    Url,

    /// <summary>A line that is only a URL to an image.</summary>
    ImageUrl,

    /// <summary>A line that is only a photo credit: "(Photo credit: Xinhua News)".</summary>
    Credit,

    /// <summary>A caption followed by its credit: "Putin in Moscow. (photo credit: REUTERS)".</summary>
    CaptionWithCredit,

    /// <summary>A caption marked as such: "Image caption, …", "Caption: …".</summary>
    Caption,

    /// <summary>Staff credits: "X contributed to this report.", "(Reporting by X; Editing by Y)".</summary>
    CreditLine,

    /// <summary>Anything else: headline, standfirst or body text.</summary>
    Text,
}
