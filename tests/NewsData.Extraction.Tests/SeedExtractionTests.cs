using System.Linq;

namespace NewsData.Extraction.Tests;

/// <summary>The seed corpus, field by field, as the foundation issue specifies it.</summary>
public class SeedExtractionTests
{
    private const string Cradle = "Seeds/000_eb75a7b507fbf6e2.txt";
    private const string JPost = "Seeds/004_c1c32415a31d80a4.txt";

    private static readonly Article CradleArticle = TestFiles.ExtractArticle(Cradle);
    private static readonly Article JPostArticle = TestFiles.ExtractArticle(JPost);

    [Fact]
    public void Cradle_id_and_source_file_come_from_the_file_name()
    {
        Assert.Equal("000_eb75a7b507fbf6e2", CradleArticle.Id);
        Assert.Equal("000_eb75a7b507fbf6e2.txt", CradleArticle.SourceFile);
    }

    [Fact]
    public void Cradle_title_skips_the_loading_line_and_keeps_curly_quotes()
    {
        Assert.Equal("Iranian president calls NATO expansion \u2018serious threat\u2019 to regional stability", CradleArticle.Title);
    }

    [Fact]
    public void Cradle_subtitle_is_the_standfirst()
    {
        Assert.Equal("The two leaders also discussed the ongoing sanctions-removal talks in Vienna between Tehran and western powers", CradleArticle.Subtitle);
    }

    [Fact]
    public void Cradle_byline_gives_author_and_date()
    {
        Assert.Equal(new[] { "News Desk" }, CradleArticle.Authors);
        Assert.Equal("2022-02-25", CradleArticle.Published.ToString());
        Assert.Empty(CradleArticle.Contributors);
    }

    [Fact]
    public void Cradle_publisher_is_derived_from_the_image_domain()
    {
        Assert.Equal("The Cradle", CradleArticle.Publisher);
        Assert.Null(CradleArticle.Url);
    }

    [Fact]
    public void Cradle_has_one_image_with_url_and_credit()
    {
        var image = Assert.Single(CradleArticle.Images);
        Assert.Equal("https://media.thecradle.co/wp-content/uploads/2022/02/1310187742_16316339728381n-scaled.jpg", image.Url);
        Assert.Equal("Xinhua News", image.Credit);
        Assert.Null(image.Caption);
    }

    [Fact]
    public void Cradle_body_is_nine_paragraphs_without_furniture()
    {
        Assert.Equal(9, CradleArticle.Paragraphs.Count);
        Assert.StartsWith("Late on 24 February, ", CradleArticle.Paragraphs[0]);
        Assert.EndsWith("established in the JCPOA.", CradleArticle.Paragraphs[8]);
        Assert.DoesNotContain(CradleArticle.Paragraphs, p => p.Contains("Loading") || p.Contains("Most Popular") || p.Contains("By News Desk")
            || p.Contains("https://") || p.Contains("Photo credit"));
    }

    [Fact]
    public void JPost_title_follows_the_dated_menu_line()
    {
        Assert.Equal("Russian President Vladimir Putin speaks with Iran's Raisi - report", JPostArticle.Title);
    }

    [Fact]
    public void JPost_subtitle_is_the_standfirst()
    {
        Assert.Equal(
            "Referring to Iran's active cooperation with the International Atomic Energy Agency, Putin stressed the importance of continuing consultations between the two sides on nuclear talks.",
            JPostArticle.Subtitle);
    }

    [Fact]
    public void JPost_all_caps_byline_is_normalised()
    {
        Assert.Equal(new[] { "Jerusalem Post Staff" }, JPostArticle.Authors);
    }

    [Fact]
    public void JPost_published_has_time_but_no_invented_zone()
    {
        Assert.Equal("2022-02-24T21:30", JPostArticle.Published.ToString());
        Assert.Null(JPostArticle.Published!.Value.Offset);
    }

    [Fact]
    public void JPost_publisher_comes_from_the_masthead()
    {
        Assert.Equal("The Jerusalem Post", JPostArticle.Publisher);
    }

    [Fact]
    public void JPost_has_two_captioned_images_without_url_printed_once_each()
    {
        Assert.Collection(
            JPostArticle.Images,
            first =>
            {
                Assert.Null(first.Url);
                Assert.StartsWith("Russian President Vladimir Putin delivers a video address", first.Caption);
                Assert.EndsWith("released February 24, 2022.", first.Caption);
                Assert.Equal("Russian Pool/Reuters TV via REUTERS ATTENTION EDITORS", first.Credit);
            },
            second =>
            {
                Assert.Null(second.Url);
                Assert.StartsWith("Iranian President Ebrahim Raisi gestures as he speaks", second.Caption);
                Assert.EndsWith("February 11, 2022.", second.Caption);
                Assert.Equal("PRESIDENT WEBSITE/WANA (WEST ASIA NEWS AGENCY)/HANDOUT VIA REUTERS", second.Credit);
            });
    }

    [Fact]
    public void JPost_body_excludes_captions_menu_and_contributor_line()
    {
        var body = JPostArticle.Paragraphs;
        Assert.Equal(6, body.Count);
        Assert.StartsWith("Russian President Vladimir Putin spoke with his Iranian counterpart", body[0]);
        Assert.Equal("The Russian statement noted that Putin spoke about \u201Cdifficulties in reaching a settlement in the Middle East.\u201D", body[^1]);
        Assert.DoesNotContain(body, p => p.Contains("gestures as he speaks") || p.Contains("video address") || p.Contains("contributed to this report")
            || p.Contains("ARCHAEOLOGY") || p.Contains("credit:"));
    }

    [Fact]
    public void JPost_contributor_line_names_a_contributor()
    {
        Assert.Equal(new[] { "Lahav Harkov" }, JPostArticle.Contributors);
    }

    [Fact]
    public void JPost_trailing_non_breaking_space_is_trimmed_from_the_paragraph()
    {
        Assert.EndsWith("in different regions.", JPostArticle.Paragraphs[2]);
    }

    [Fact]
    public void Seeds_extract_without_diagnostics()
    {
        Assert.Empty(TestFiles.Extract(Cradle).Diagnostics);
        Assert.Empty(TestFiles.Extract(JPost).Diagnostics);
    }

    [Fact]
    public void Every_paragraph_is_a_verbatim_slice_of_the_source()
    {
        foreach (var (path, article) in new[] { (Cradle, CradleArticle), (JPost, JPostArticle) })
        {
            var text = TestFiles.Read(path);
            Assert.All(article.Paragraphs, p => Assert.Contains(p, text));
            Assert.Contains(article.Title, text);
            Assert.All(article.Images.Where(i => i.Caption is not null), i => Assert.Contains(i.Caption!, text));
        }
    }
}
