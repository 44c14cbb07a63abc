using System;
using System.Collections.Generic;
using System.Text;
using NewsData.Extraction.Text;

namespace NewsData.Extraction.Lines;

/// <summary>
/// Page furniture that scrapers keep: loaders, share buttons, cookie banners, newsletter pitches,
/// and the headings that start the end-of-page trailer ("Most Popular", "Related Articles").
/// Matched against whole lines only, so the same words inside a sentence are never touched.
/// </summary>
internal static class Boilerplate
{
    private static readonly HashSet<string> JunkLines = new(StringComparer.Ordinal)
    {
        "loading", "loading please wait", "please wait", "advertisement", "advertisements", "advertising", "ad", "sponsored",
        "sponsored content", "paid content", "skip to content", "skip to main content", "skip to navigation", "menu",
        "main menu", "open menu", "close menu", "close", "search", "subscribe", "subscribe now", "sign in", "sign up",
        "log in", "login", "log out", "register", "share", "share this", "share this article", "share this story",
        "share on facebook", "share on twitter", "share via email", "share via", "tweet", "email", "e-mail", "print",
        "copy link", "link copied", "copied", "listen", "listen to this article", "play", "watch", "video", "audio",
        "toggle navigation", "accept", "accept all", "accept cookies", "reject all", "manage cookies",
        "cookie settings", "newsletter", "newsletters", "follow us", "home", "back to top", "continue reading",
        "show more", "load more", "read more", "see more", "view comments", "facebook", "twitter", "whatsapp",
        "linkedin", "reddit", "telegram", "pinterest", "flipboard", "more", "next", "previous", "next article",
        "previous article", "breaking news", "live", "photo", "photos", "gallery", "view gallery", "enlarge",
        "expand", "open image in gallery", "zoom", "font size", "text size", "save", "save article", "bookmark",
        "free trial", "get the app", "download the app", "premium", "exclusive", "opinion", "analysis",
        "accept all cookies", "reuse this content", "published", "updated", "last updated", "posted", "published on",
        "posted on", "scroll to continue", "story continues below advertisement", "article continues below",
        "hide caption", "show caption", "image caption and rights information", "license photo", "leave a comment", "leave a reply",
        "reply", "like", "like loading", "likeliked by 1 person", "send a link to a friend share", "send a link to a friend",
    };

    private static readonly string[] JunkPrefixes =
    {
        "read more:", "read more on", "read also", "also read", "related:", "see also:", "click here", "sign up for",
        "sign up to", "subscribe to", "follow us on", "follow @", "share on ", "share this ", "we use cookies",
        "this website uses cookies", "this site uses cookies", "by continuing to", "by using this site",
        "all rights reserved", "\u00A9", "(c) ", "copyright ", "watch:", "watch live", "listen:", "get the latest",
        "download the app", "join our", "support our journalism", "enter your email", "sign up here", "to continue reading",
        "you have reached your", "already a subscriber", "already have an account", "this content is", "tags:",
        "our standards:", "advertisement \u00B7", "story continues below", "share or comment", "source:", "sources:",
        "comments are closed", "read this also", "our comment policy", "comment policy", "likeliked by", "sort by",
    };

    private static readonly LabelIndex<string> JunkPrefixIndex = LabelIndex.Of(JunkPrefixes);

    private static readonly HashSet<string> TrailerHeadings = new(StringComparer.Ordinal)
    {
        "most popular", "most read", "most viewed", "most shared", "most commented", "popular", "popular now",
        "trending", "trending now", "related", "related articles", "related stories", "related news",
        "related content", "related topics", "related posts", "related coverage", "more stories", "more news",
        "more on this story", "more on this topic", "recommended", "recommended for you", "recommended stories",
        "recommended articles", "you may also like", "you might also like", "you may be interested in",
        "read next", "up next", "what to read next", "comments", "join the conversation", "latest", "latest news",
        "latest stories", "latest articles", "top stories", "editor's picks", "editors' picks", "editors picks",
        "topics", "tags", "sponsored stories", "around the web", "from our partners", "further reading",
        "more in this section", "in other news", "don't miss", "must read", "keep reading", "more videos",
        "explore more on these topics", "more on these topics", "related links", "see also", "also read", "read more stories",
        "latest headlines", "top headlines", "reader comments", "more headlines", "next story", "next up",
    };

    private static readonly string[] TrailerPrefixes = { "more from ", "tags:", "topics:", "filed under", "more on ", "related:", "related article:", "next story:" };

    /// <summary>
    /// <see cref="LineKind.TrailerHeading"/>, <see cref="LineKind.Junk"/> or null, tested in that order
    /// on one normalised copy of the line (the classifier asks both of every short line).
    /// </summary>
    public static LineKind? Classify(string line)
    {
        var key = Normalize(line);
        return IsTrailerHeading(line, key) ? LineKind.TrailerHeading : IsJunk(line, key) ? LineKind.Junk : null;
    }

    /// <summary>True for a line that is page furniture wherever it stands.</summary>
    public static bool IsJunk(string line) => IsJunk(line, Normalize(line));

    private static bool IsJunk(string line, string key)
    {
        if (key.Length == 0)
        {
            return true;
        }

        if (JunkLines.Contains(key) || IsReadingTime(key) || IsContactHandle(key) || IsGalleryCounter(key))
        {
            return true;
        }

        // The prefixes are lower-case ASCII: compare in place rather than lower-casing every line.
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        foreach (var prefix in JunkPrefixIndex.At(line, start))
        {
            if (line.Length - start >= prefix.Length && string.Compare(line, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"5 min read", "3 minute read", "reading time: 4 minutes".</summary>
    private static bool IsReadingTime(string key)
    {
        // The key has single spaces: both shapes show at its ends, so most lines are answered without splitting.
        if (!key.EndsWith(" read", StringComparison.Ordinal) && !key.StartsWith("reading time", StringComparison.Ordinal))
        {
            return false;
        }

        var words = key.Split(' ');
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        return (words[words.Length - 1] == "read" && int.TryParse(words[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
                && words[1] is "min" or "mins" or "minute" or "minutes")
            || key.StartsWith("reading time", StringComparison.Ordinal);
    }

    /// <summary>"1 of 4", "image 1 of 23", "1 / 23": a gallery's counter.</summary>
    private static bool IsGalleryCounter(string key)
    {
        var parts = key.Split(' ');
        var n = parts.Length;
        return n >= 3 && n <= 5 && (parts[n - 2] is "of" or "/") && AllDigits(parts[n - 1], 0, parts[n - 1].Length) && parts[n - 1].Length > 0
            && AllDigits(parts[n - 3], 0, parts[n - 3].Length) && parts[n - 3].Length > 0 && (n == 3 || parts[0] is "image" or "photo" or "slide" or "picture");
    }

    /// <summary>A line that is only an e-mail address or a social handle, as printed under bylines.</summary>
    private static bool IsContactHandle(string key)
    {
        if (key.IndexOf(' ') >= 0)
        {
            return false;
        }

        var at = key.IndexOf('@');
        return at == 0 ? key.Length > 1 : at > 0 && key.IndexOf('.', at) > at + 1;
    }

    /// <summary>True for a heading that starts the trailer of links after the article body.</summary>
    public static bool IsTrailerHeading(string line) => IsTrailerHeading(line, Normalize(line));

    private static bool IsTrailerHeading(string line, string normalized)
    {
        var key = WithoutCount(normalized);
        if (TrailerHeadings.Contains(key))
        {
            return true;
        }

        foreach (var prefix in TrailerPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && Words.Measure(line).Count <= 8)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"comments (12)", "comments 12" → "comments".</summary>
    private static string WithoutCount(string key)
    {
        var space = key.LastIndexOf(' ');
        if (space > 0 && space < key.Length - 1 && AllDigits(key, space + 1, key.Length))
        {
            return key.Substring(0, space);
        }

        var open = key.LastIndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && key.EndsWith(")", StringComparison.Ordinal))
        {
            for (var i = open + 2; i < key.Length - 1; i++)
            {
                if (!char.IsDigit(key[i]))
                {
                    return key;
                }
            }

            return key.Substring(0, open);
        }

        return key;
    }

    private static bool AllDigits(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>Lower case, single spaces, without bullets and trailing punctuation: "Loading..." → "loading".</summary>
    private static string Normalize(string line)
    {
        if (line.Length > 80)
        {
            return line.Length > 0 ? "\u0001" : string.Empty;
        }

        // One builder per thread, reused: the classifier normalises every short line.
        var builder = _builder ??= new StringBuilder(80);
        builder.Clear();
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (TextChars.IsBlank(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (builder.Length == 0 && (c is '\u2022' or '\u25B6' or '\u25BA' or '\u00BB' or '\u203A' or '>' or '|' or '-' or '*' or '#'))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(AsciiCase.ToLower(c == '\u2019' ? '\'' : c));
        }

        var end = builder.Length;
        while (end > 0 && (builder[end - 1] is '.' or ':' or '\u2026' or '!' or '>' or '\u203A' or '\u00BB' or ' ' or '|' or '\u2192'))
        {
            end--;
        }

        return builder.ToString(0, end);
    }
}
