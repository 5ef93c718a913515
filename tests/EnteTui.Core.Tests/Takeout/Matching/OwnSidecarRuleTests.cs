using EnteTui.Core.Takeout.Matching;

using static EnteTui.Core.Tests.Takeout.Matching.MatcherHarness;

namespace EnteTui.Core.Tests.Takeout.Matching;

/// <summary>Each own-sidecar rule of takeout-notes §10 3a-3d, and the pitfalls of §3-§6 that must not pair.</summary>
public class OwnSidecarRuleTests
{
    [Theory]
    [InlineData("DSC_0100.JPG", "DSC_0100.JPG.json", MatchRules.Exact)]
    [InlineData("PXL_20210102_221126856.MP~2.jpg", "PXL_20210102_221126856.MP~2.jpg.json", MatchRules.Exact)]
    [InlineData("IMG_3479(1).JPG", "IMG_3479.JPG(1).json", MatchRules.Numbered)]
    [InlineData("IMG_2710(1).HEIC", "IMG_2710.HEIC(1).json", MatchRules.Numbered)]
    [InlineData("IMG_3397.JPG", "IMG_3397.JPG.supplemental-metadata.json", MatchRules.Supplemental)]
    [InlineData("Scan35(1).jpg", "Scan35.jpg.supplemental-metadata(1).json", MatchRules.SupplementalNumbered)]
    [InlineData("Screenshot_20200301-161151.png", "Screenshot_20200301-161151.png.supplemental-me.json", MatchRules.SupplementalTruncated)]
    [InlineData("PXL_20250223_073538881.BURST-03.jpg", "PXL_20250223_073538881.BURST-03.jpg.supplement.json", MatchRules.SupplementalTruncated)]
    [InlineData("Screenshot_20190114-151540_Facebook(1).jpg", "Screenshot_20190114-151540_Facebook.jpg.supple(1).json", MatchRules.SupplementalTruncatedNumbered)]
    [InlineData("PXL_20240506_142610305.LONG_EXPOSURE-01.COVER.jpg", "PXL_20240506_142610305.LONG_EXPOSURE-01.COVER..json", MatchRules.Truncated)]
    [InlineData("PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg", "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGIN.json", MatchRules.Truncated)]
    [InlineData("05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jpg", "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jp.json", MatchRules.Truncated)]
    [InlineData("Screenshot_20220207_102421_com.snapchat.android.jpg", "Screenshot_20220207_102421_com.snapchat.androi.json", MatchRules.Truncated)]
    [InlineData("13039_327707840323_537645323_9470255_27214_n(1).jpg", "13039_327707840323_537645323_9470255_27214_n.j(1).json", MatchRules.TruncatedNumbered)]
    [InlineData("Backyard_ceremony_wedding_photography_xxxxxxx_m(494).jpg", "Backyard_ceremony_wedding_photography_xxxxxxx_(494).json", MatchRules.TruncatedNumbered)]
    [InlineData("original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P.jpg", "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json", MatchRules.Truncated)]
    [InlineData("Urlaub in Knaufspesch in der Schneifel (38).JPG", "Urlaub in Knaufspesch in der Schneifel (38).JP.json", MatchRules.NumberInTitle)]
    [InlineData("skytree (2).jpg", "skytree (2).jpg.supplemental-metadata.json", MatchRules.NumberInTitle)]
    [InlineData("20030616.jpg", "20030616.json", MatchRules.TitleWithoutExtension)]
    [InlineData("27_06_12 - 2.jpg", "27_06_12 - 2.json", MatchRules.TitleWithoutExtension)]
    [InlineData("IMG_1234(2).jpg", "IMG_1234(2).json", MatchRules.TitleWithoutExtension)]
    [InlineData("Screenshot_2024-01-14-14-13-33-16_948cd9899890cbd5c2798760b2b95377.jpg", "Screenshot_2024-01-14-14-13-33-16_948cd9899890cbd5c2798760b2b95377.jpg.supplemental-metadata.json", MatchRules.Supplemental)]
    [InlineData("IMG_5(1).jpg", "IMG_5.jpg(1).supplemental-metadata.json", MatchRules.SupplementalNumberInside)]
    public void Own_sidecar_rules(string media, string sidecar, string rule)
    {
        AssertPair(Match(media, sidecar, "unrelated.jpg.json"), media, sidecar, rule);
    }

    [Theory]
    [InlineData("DSC_0102(1).JPG", "DSC_0102.JPG(2).json")]
    [InlineData("DSC_0103.JPG", "DSC_0103.JPG(1).json")]
    [InlineData("DSC_0104(1).JPG", "DSC_0104.JPG.json")]
    [InlineData("Backyard_ceremony_wedding_photography_xxxxxxx_m(185).jpg", "Backyard_ceremony_wedding_photography_xxxxxxx_(494).json")]
    [InlineData("original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P(1).jpg", "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json")]
    [InlineData("200306160.jpg", "20030616.json")]
    [InlineData("DSC_0238_1.JPG", "DSC_0238.JPG.json")]
    [InlineData("PXL_20211013_220651958.jpg", "PXL_20211013_220651983.jpg.json")]
    [InlineData("IMG_0769(1).mp4", "IMG_0769.HEIC.supplemental-metadata.json")]
    [InlineData("IMG(01).jpg", "IMG.jpg(1).json")]
    [InlineData("Sans titre(9).jpg", "Sans titre.jpg.json")]
    public void Numbers_must_agree_and_prefixes_never_pair(string media, string sidecar)
    {
        AssertPair(Match(media, sidecar), media, null, MatchRules.None);
    }

    [Fact]
    public void Numbered_and_literal_readings_both_present_is_ambiguous()
    {
        var result = Match("IMG(1).jpg", "IMG.jpg(1).json", "IMG(1).jpg.json");
        var outcome = result["IMG(1).jpg"];
        Assert.Null(outcome.Sidecar);
        Assert.True(outcome.Ambiguous);
        Assert.Equal(["IMG(1).jpg.json", "IMG.jpg(1).json"], outcome.Candidates);
    }

    [Fact]
    public void Two_media_cut_to_the_same_46_units_share_no_sidecar()
    {
        const string Prefix = "A_very_long_title_for_a_photo_taken_at_the_sea";
        var result = Match(Prefix + "X.jpg", Prefix + "Y.jpg", Prefix[..46] + ".json");
        foreach (var media in new[] { Prefix + "X.jpg", Prefix + "Y.jpg" })
        {
            Assert.Null(result[media].Sidecar);
            Assert.True(result[media].Ambiguous);
            Assert.Equal([Prefix[..46] + ".json"], result[media].Candidates);
        }
    }

    [Fact]
    public void The_numbered_sidecar_goes_to_the_numbered_copy()
    {
        var result = Match("DSC_0238.JPG", "DSC_0238(1).JPG", "DSC_0238.JPG.json", "DSC_0238.JPG(1).json", "DSC_0238_1.JPG", "DSC_0238_1.JPG.json");
        AssertPair(result, "DSC_0238.JPG", "DSC_0238.JPG.json");
        AssertPair(result, "DSC_0238(1).JPG", "DSC_0238.JPG(1).json");
        AssertPair(result, "DSC_0238_1.JPG", "DSC_0238_1.JPG.json");
    }

    [Fact]
    public void Google_creations_keep_their_own_sidecars()
    {
        var names = new List<string> { "IMG_1.jpg", "IMG_1.jpg.json", "IMG_1-COLLAGE.jpg", "IMG_1-COLLAGE.jpg.json", "EFFECTS.jpg", "EFFECTS.jpg.json" };
        for (var n = 1; n <= 16; n++)
        {
            names.Add($"EFFECTS({n}).jpg");
            names.Add($"EFFECTS.jpg({n}).json");
        }

        var result = Match([.. names]);
        AssertPair(result, "IMG_1-COLLAGE.jpg", "IMG_1-COLLAGE.jpg.json", MatchRules.Exact);
        AssertPair(result, "EFFECTS(16).jpg", "EFFECTS.jpg(16).json", MatchRules.Numbered);
        AssertPair(result, "EFFECTS.jpg", "EFFECTS.jpg.json", MatchRules.Exact);
    }

    [Fact]
    public void Emoji_titles_are_cut_in_utf16_units_without_splitting_pairs()
    {
        AssertPair(Match("😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋😛.jpg", "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋.json"),
            "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋😛.jpg", "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋.json", MatchRules.Truncated);

        var title = "a" + string.Concat(Enumerable.Repeat("😀", 30)) + ".jpg";
        var media = "a" + string.Concat(Enumerable.Repeat("😀", 23)) + ".jpg";
        var kept = title[..47] + ".json";
        var dropped = title[..45] + ".json";
        AssertPair(Match(media, kept), media, kept);
        AssertPair(Match(media, dropped), media, dropped);
    }

    [Fact]
    public void Old_and_new_styles_in_one_folder()
    {
        var result = Match("a.jpg", "a.jpg.json", "b.jpg", "b.jpg.supplemental-metadata.json", "c(1).jpg", "c.jpg(1).json", "c.jpg", "c.jpg.supplemental-metadata.json");
        AssertPair(result, "a.jpg", "a.jpg.json");
        AssertPair(result, "b.jpg", "b.jpg.supplemental-metadata.json");
        AssertPair(result, "c(1).jpg", "c.jpg(1).json");
        AssertPair(result, "c.jpg", "c.jpg.supplemental-metadata.json");
    }

    [Fact]
    public void Case_differences_pair_only_as_a_unique_flagged_fallback()
    {
        AssertPair(Match("IMG_1.JPG", "IMG_1.jpg.json"), "IMG_1.JPG", "IMG_1.jpg.json", MatchRules.CaseInsensitive);
        var both = Match("IMG_1.JPG", "IMG_1.jpg", "IMG_1.jpg.json");
        AssertPair(both, "IMG_1.jpg", "IMG_1.jpg.json", MatchRules.Exact);
        AssertPair(both, "IMG_1.JPG", null);
        AssertPair(Match("IMG_2.JPG", "IMG_2.jpg.json", "img_2.JPG.json"), "IMG_2.JPG", null);
    }

    [Fact]
    public void Unicode_names_in_nfd_match_nfc_sidecars()
    {
        var nfd = "Ca\u0301diz playa.jpg";
        AssertPair(Match(nfd, "Cádiz playa.jpg.json"), nfd, "Cádiz playa.jpg.json", MatchRules.Exact);
    }

    [Fact]
    public void Near_misses_are_listed_as_candidates_for_unmatched_media()
    {
        var outcome = Match("DSC_0102(1).JPG", "DSC_0102.JPG(2).json", "IMG_9.jpg.json")["DSC_0102(1).JPG"];
        Assert.Null(outcome.Sidecar);
        Assert.False(outcome.Ambiguous);
        Assert.Equal(["DSC_0102.JPG(2).json"], outcome.Candidates);
    }
}
