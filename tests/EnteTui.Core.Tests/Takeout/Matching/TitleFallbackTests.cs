using EnteTui.Core.Takeout.Matching;

using static EnteTui.Core.Tests.Takeout.Matching.MatcherHarness;

namespace EnteTui.Core.Tests.Takeout.Matching;

/// <summary>takeout-notes §10 step 4: the sidecar's title as a last, unique-both-ways fallback.</summary>
public class TitleFallbackTests
{
    [Fact]
    public void A_sidecar_named_unpredictably_pairs_through_its_title()
    {
        var result = Match(["holiday.jpg", "odd name from another tool.json"], new() { ["odd name from another tool.json"] = "holiday.jpg" });
        AssertPair(result, "holiday.jpg", "odd name from another tool.json", MatchRules.Title);
    }

    [Fact]
    public void Characters_google_cannot_use_are_replaced_in_the_title()
    {
        var result = Match(["27_06_12 - 1.mov", "x1.json"], new() { ["x1.json"] = "27/06/12 - 1.mov" });
        AssertPair(result, "27_06_12 - 1.mov", "x1.json", MatchRules.Title);
    }

    [Fact]
    public void The_number_in_the_sidecar_name_must_agree()
    {
        var titles = new Dictionary<string, string> { ["x.jpg(2).json"] = "IMG_1.jpg", ["y.json"] = "IMG_1.jpg" };
        var result = Match(["IMG_1(1).jpg", "x.jpg(2).json"], titles);
        AssertPair(result, "IMG_1(1).jpg", null);
        AssertPair(Match(["IMG_1(2).jpg", "x.jpg(2).json"], titles), "IMG_1(2).jpg", "x.jpg(2).json", MatchRules.Title);
    }

    [Fact]
    public void Two_sidecars_with_the_same_title_are_ambiguous()
    {
        var result = Match(["IMG_1.jpg", "a.json", "b.json"], new() { ["a.json"] = "IMG_1.jpg", ["b.json"] = "IMG_1.jpg" });
        Assert.True(result["IMG_1.jpg"].Ambiguous);
        Assert.Null(result["IMG_1.jpg"].Sidecar);
    }

    [Fact]
    public void A_sidecar_already_used_by_name_is_not_offered_again()
    {
        var result = Match(["IMG_1.jpg", "IMG_1 copy.jpg", "IMG_1.jpg.json"], new() { ["IMG_1.jpg.json"] = "IMG_1 copy.jpg" });
        AssertPair(result, "IMG_1.jpg", "IMG_1.jpg.json", MatchRules.Exact);
        AssertPair(result, "IMG_1 copy.jpg", null);
    }

    [Fact]
    public void A_long_title_predicts_the_47_unit_media_stem()
    {
        const string Title = "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINAL.jpg";
        var result = Match(["PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg", "renamed.json"], new() { ["renamed.json"] = Title });
        AssertPair(result, "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg", "renamed.json", MatchRules.Title);
    }
}
