using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NewsData.CorpusSynth;

/// <summary>
/// Writes realistic scraped news pages, deterministically from a seed: varied menus, bylines (plain,
/// ALL CAPS, several authors), date formats, lead images with captions printed twice and credits,
/// attributed direct quotes, reported speech, recurring people, places and organisations, and
/// trailers. About 4 KB per article, so 10,000 articles are about 40 MB.
/// </summary>
public sealed class ScrapeSynthesizer
{
    private static readonly string[] FirstNames = { "Anna", "Marek", "Leila", "Tomas", "Yuki", "Carlos", "Amara", "Jonas", "Priya", "Olga", "Samuel", "Ines", "Kofi", "Mei", "Rafael", "Sofia", "Daniel", "Hana", "Omar", "Elena" };
    private static readonly string[] LastNames = { "Keller", "Novak", "Haddad", "Berg", "Sato", "Mendes", "Okafor", "Lind", "Raman", "Petrova", "Adeyemi", "Costa", "Mensah", "Lin", "Ortega", "Rossi", "Weber", "Kim", "Farouk", "Ivanova" };
    private static readonly string[] Titles = { "Prime Minister", "Foreign Minister", "President", "Finance Minister", "Chancellor", "Governor", "Mayor" };
    private static readonly string[] Countries = { "France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "India", "Poland", "Egypt", "Norway", "Chile", "Vietnam" };
    private static readonly string[] Capitals = { "Paris", "Berlin", "Tokyo", "Brasilia", "Nairobi", "Ottawa", "New Delhi", "Warsaw", "Cairo", "Oslo", "Santiago", "Hanoi" };
    private static readonly string[] Bodies = { "the United Nations", "NATO", "the European Union", "the International Monetary Fund", "the World Bank", "the World Health Organization" };
    private static readonly string[] Topics = { "energy prices", "a new trade deal", "flood defences", "rail strikes", "a vaccine programme", "border security", "interest rates", "a water shortage", "school reforms", "a peace plan" };
    private static readonly string[] Publishers = { "Reuters", "BBC News", "The Guardian", "Al Jazeera", "The Japan Times", "Deutsche Welle", "France 24", "Dawn" };
    private static readonly string[] Domains = { "reuters.com", "bbc.co.uk", "theguardian.com", "aljazeera.com", "japantimes.co.jp", "dw.com", "france24.com", "dawn.com" };
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private readonly Random _random;

    public ScrapeSynthesizer(int seed) => _random = new Random(seed);

    public (string Name, string Text) Next(int index)
    {
        var country = Pick(Countries, out var c);
        var capital = Capitals[c];
        var speaker = $"{Pick(FirstNames)} {Pick(LastNames)}";
        var other = $"{Pick(FirstNames)} {Pick(LastNames)}";
        var title = Pick(Titles);
        var topic = Pick(Topics);
        var body = Pick(Bodies);
        var publisher = Pick(Publishers, out var p);
        var date = new DateTime(2022, 1, 1).AddDays(_random.Next(0, 900)).AddMinutes(_random.Next(0, 1440));
        var text = new StringBuilder();

        switch (_random.Next(4))
        {
            case 0: text.Append("Loading...\n"); break;
            case 1: text.Append($"World | Europe | Business | Politics | {publisher}\n"); break;
            case 2: text.Append($" date {date:yyyy-MM-dd} {publisher} - Home News World Business Sport Culture Opinion Video Podcasts Newsletters\n"); break;
        }

        var headline = $"{country} {Pick(new[] { "announces", "delays", "defends", "unveils", "rejects" })} plan on {topic}";
        text.Append(_random.Next(5) == 0 ? headline.ToUpperInvariant() : headline).Append('\n');
        if (_random.Next(3) > 0)
        {
            text.Append($"{title} {speaker} says the measures will take effect next year\n\n");
        }

        text.Append(_random.Next(4) switch
        {
            0 => $"By {speaker.ToUpperInvariant()}\n",
            1 => $"By {other} and {Pick(FirstNames)} {Pick(LastNames)}\n",
            2 => $"By {other} - {Months[date.Month - 1]} {date.Day} {date.Year}\n",
            _ => string.Empty,
        });
        text.Append(_random.Next(3) switch
        {
            0 => $"Published: {Months[date.Month - 1].ToUpperInvariant()} {date.Day}, {date.Year} {date:HH:mm}\n",
            1 => $"{date:dd MMMM yyyy}\n",
            _ => $"{date:yyyy-MM-ddTHH:mm:ss}Z\n",
        });

        if (_random.Next(2) == 0)
        {
            var caption = $"{title} {speaker} speaks to reporters in {capital}, {Months[date.Month - 1]} {date.Day}, {date.Year}.";
            text.Append($"https://media.{Domains[p]}/images/{index:D5}.jpg\n\n");
            text.Append($"{caption} (photo credit: {Pick(new[] { "REUTERS", "AFP via Getty Images", "AP Photo/Staff" })})\n{caption}\n\n");
        }

        text.Append($"\n{title} {speaker} of {country} said on {date:dddd} that the government would act on {topic}, after talks in {capital} with officials from {body}.\n\n");
        var paragraphs = _random.Next(12, 22);
        for (var k = 0; k < paragraphs; k++)
        {
            text.Append(_random.Next(6) switch
            {
                4 => $"The debate over {topic} has dominated politics in {country} for months. Supporters of the plan say it will protect households and businesses from further shocks, while critics argue that the government has moved too slowly and that the costs will fall on those least able to pay. Analysts in {capital} expect the issue to shape the next election campaign.\n\n",
                5 => $"{other}, a senior adviser who has worked on {topic} for a decade, told reporters in {capital} that the government had underestimated the scale of the problem. \u201CThe numbers we have seen this year are worse than anything in the past ten years,\u201D {LastName(other)} said, adding that regional authorities needed more money.\n\n",
                0 => $"\u201CWe have listened to people across {country} and we will deliver,\u201D {LastName(speaker)} said.\n\n",
                1 => $"Opposition leader {other} said the plan was \u201Ctoo little, too late\u201D and warned of protests in {capital}.\n\n",
                2 => $"According to {body}, the cost of {topic} has risen by {_random.Next(2, 40)} percent since {date.Year - 1}.\n\n",
                _ => $"Officials in {capital} said that details of the plan on {topic} would be published within {_random.Next(2, 12)} weeks, and that regional governments would be consulted before any vote.\n\n",
            });
        }

        if (_random.Next(3) == 0)
        {
            text.Append($"{Pick(FirstNames)} {Pick(LastNames)} contributed to this report.\n\n");
        }

        text.Append(_random.Next(3) switch
        {
            0 => "Most Popular\n",
            1 => "Related Articles\nMarkets react to the announcement\n",
            _ => "Share this article\n",
        });

        var content = text.ToString();
        return ($"{index:D5}_{Fnv1a(content):x8}.txt", content);
    }

    private static string LastName(string name) => name.Split(' ').Last();

    /// <summary>A stable hash for file names (string.GetHashCode is randomised per process).</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T Pick<T>(IReadOnlyList<T> items, out int index)
    {
        index = _random.Next(items.Count);
        return items[index];
    }
}
