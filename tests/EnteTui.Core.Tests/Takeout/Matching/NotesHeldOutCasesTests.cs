using EnteTui.Core.Takeout.Matching;
using static EnteTui.Core.Tests.Takeout.Matching.MatcherHarness;

namespace EnteTui.Core.Tests.Takeout.Matching;

/// <summary>
/// Cases from takeout-notes (§1.3, §8, §10) that the rule tests did not pin down yet: device-side
/// <c>~n</c> copies, one-unit supplemental cuts, numbered Google creations, and numbered live
/// pairs whose numbered sidecar is missing. Each expects the right pair or no pair, never a guess.
/// </summary>
public class NotesHeldOutCasesTests
{
    [Fact]
    public void Device_tilde_copies_have_their_own_sidecars_and_never_take_the_originals()
    {
        var both = Match("IMG_1234.jpg", "IMG_1234~2.jpg", "IMG_1234.jpg.json", "IMG_1234~2.jpg.json");
        AssertPair(both, "IMG_1234.jpg", "IMG_1234.jpg.json", MatchRules.Exact);
        AssertPair(both, "IMG_1234~2.jpg", "IMG_1234~2.jpg.json", MatchRules.Exact);

        var onlyOriginal = Match("IMG_1234.jpg", "IMG_1234~2.jpg", "IMG_1234.jpg.json");
        AssertPair(onlyOriginal, "IMG_1234.jpg", "IMG_1234.jpg.json", MatchRules.Exact);
        AssertPair(onlyOriginal, "IMG_1234~2.jpg", null);
    }

    [Theory]
    [InlineData(44, ".s.json")]
    [InlineData(45, "..json")]
    [InlineData(40, ".suppl.json")]
    [InlineData(39, ".supple.json")]
    public void New_style_sidecars_cut_to_one_or_no_letter_of_the_suffix(int titleLength, string ending)
    {
        var title = new string('x', titleLength - 4) + ".jpg";
        var sidecar = title + ending;
        Assert.Equal(46, sidecar.Length - ".json".Length);

        AssertPair(Match(title, sidecar, "other.jpg.json"), title, sidecar);
    }

    [Fact]
    public void Numbered_google_creations_pair_by_number_in_both_styles()
    {
        var result = Match("EFFECTS.jpg", "EFFECTS(1).jpg", "EFFECTS(16).jpg", "EFFECTS.jpg.json", "EFFECTS.jpg(1).json", "EFFECTS.jpg.supplemental-metadata(16).json");
        AssertPair(result, "EFFECTS.jpg", "EFFECTS.jpg.json", MatchRules.Exact);
        AssertPair(result, "EFFECTS(1).jpg", "EFFECTS.jpg(1).json", MatchRules.Numbered);
        AssertPair(result, "EFFECTS(16).jpg", "EFFECTS.jpg.supplemental-metadata(16).json", MatchRules.SupplementalNumbered);
    }

    [Fact]
    public void A_numbered_live_pair_never_falls_back_to_the_unnumbered_sidecar()
    {
        var result = Match("IMG_0769.HEIC", "IMG_0769(1).HEIC", "IMG_0769(1).MP4", "IMG_0769.HEIC.supplemental-metadata.json");
        AssertPair(result, "IMG_0769.HEIC", "IMG_0769.HEIC.supplemental-metadata.json", MatchRules.Supplemental);
        AssertPair(result, "IMG_0769(1).HEIC", null);
        AssertPair(result, "IMG_0769(1).MP4", null);
    }

    [Fact]
    public void A_year_copy_never_takes_a_sidecar_from_a_numbered_neighbour()
    {
        var result = Match("IMG_5000.jpg", "IMG_5000(1).jpg", "IMG_5000.jpg(1).json");
        AssertPair(result, "IMG_5000.jpg", null);
        AssertPair(result, "IMG_5000(1).jpg", "IMG_5000.jpg(1).json", MatchRules.Numbered);
    }
}
