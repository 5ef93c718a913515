using EnteTui.Core.Takeout.Matching;

using static EnteTui.Core.Tests.Takeout.Matching.MatcherHarness;

namespace EnteTui.Core.Tests.Takeout.Matching;

/// <summary>Edited copies and live/motion videos inherit a sidecar; anything doubtful stays unmatched.</summary>
public class BorrowRuleTests
{
    [Theory]
    [InlineData("-edited")]
    [InlineData("-modifié")]
    [InlineData("-bearbeitet")]
    [InlineData("-modificato")]
    [InlineData("-ha editado")]
    [InlineData("-editat")]
    [InlineData("-bewerkt")]
    [InlineData("-edytowane")]
    [InlineData("-編集済み")]
    [InlineData("-EDITED")]
    public void Edited_copies_in_any_listed_language_take_the_original_sidecar(string suffix)
    {
        var edited = $"IMG_20190815_141500{suffix}.jpg";
        var result = Match("IMG_20190815_141500.jpg", "IMG_20190815_141500.jpg.json", edited);
        AssertPair(result, edited, "IMG_20190815_141500.jpg.json", MatchRules.Edited);
        Assert.True(result[edited.Normalize()].IsBorrowed);
    }

    [Fact]
    public void Edited_copy_of_an_original_missing_from_the_archive_still_finds_its_sidecar()
    {
        AssertPair(Match("2234089303984509579-edited.jpg", "2234089303984509579.jpg.supplemental-metadata.json"),
            "2234089303984509579-edited.jpg", "2234089303984509579.jpg.supplemental-metadata.json", MatchRules.Edited);
    }

    [Theory]
    [InlineData("Con Yoli por Málaga en el piso nuevo_001-ha edi.JPG", "Con Yoli por Málaga en el piso nuevo_001.JPG.json")]
    [InlineData("Museo Marino de Matalascañas con Yoli_001-ha ed.JPG", "Museo Marino de Matalascañas con Yoli_001.JPG.json")]
    [InlineData("Museo Marino de Matalascañas con Yoli_0001-edit.JPG", "Museo Marino de Matalascañas con Yoli_0001.JPG.supplemental-metadata.json")]
    public void Cut_off_edit_suffixes_of_47_unit_stems(string edited, string sidecar)
    {
        AssertPair(Match(edited, sidecar), edited, sidecar, MatchRules.Edited);
    }

    [Fact]
    public void A_cut_off_suffix_on_a_shorter_stem_is_not_an_edit()
    {
        AssertPair(Match("Party-ha ed.JPG", "Party.JPG.json"), "Party-ha ed.JPG", null);
    }

    [Fact]
    public void Edit_suffix_before_the_number_keeps_the_number()
    {
        var result = Match("20220322_205147.jpg", "20220322_205147(1).jpg", "20220322_205147-edited.jpg", "20220322_205147-edited(1).jpg",
            "20220322_205147.jpg.supplemental-metadata.json", "20220322_205147.jpg.supplemental-metadata(1).json");
        AssertPair(result, "20220322_205147-edited(1).jpg", "20220322_205147.jpg.supplemental-metadata(1).json", MatchRules.Edited);
        AssertPair(result, "20220322_205147-edited.jpg", "20220322_205147.jpg.supplemental-metadata.json", MatchRules.Edited);
    }

    [Fact]
    public void Edited_copy_without_its_numbered_original_sidecar_stays_unmatched()
    {
        AssertPair(Match("a-edited(1).jpg", "a.jpg.json"), "a-edited(1).jpg", null);
        AssertPair(Match("IMG_20190817-edited.jpg", "IMG_20190816.jpg.json"), "IMG_20190817-edited.jpg", null);
    }

    [Fact]
    public void Edited_copy_of_an_ambiguous_original_is_ambiguous_too()
    {
        const string Prefix = "A_very_long_title_for_a_photo_taken_at_the_sea";
        var result = Match(Prefix + "X.jpg", Prefix + "Y.jpg", Prefix[..46] + ".json", Prefix + "X-edited.jpg");
        Assert.Null(result[Prefix + "X-edited.jpg"].Sidecar);
    }

    [Theory]
    [InlineData("IMG_4573.HEIC", "IMG_4573.MP4", "IMG_4573.HEIC.json", MatchRules.LivePhoto)]
    [InlineData("IMG_0005.JPG", "IMG_0005.MP4", "IMG_0005.JPG.json", MatchRules.LivePhoto)]
    [InlineData("IMG_0006.HEIC", "IMG_0006.MOV", "IMG_0006.HEIC.supplemental-metadata.json", MatchRules.LivePhoto)]
    [InlineData("20231227_152817.jpg", "20231227_152817.MP4", "20231227_152817.jpg.json", MatchRules.LivePhoto)]
    [InlineData("MVIMG_20180722_120942.jpg", "MVIMG_20180722_120942.MP4", "MVIMG_20180722_120942.jpg.json", MatchRules.LivePhoto)]
    [InlineData("MVIMG_20180722_120942.jpg", "MVIMG_20180722_120942", "MVIMG_20180722_120942.jpg.json", MatchRules.MotionPhoto)]
    [InlineData("PXL_20231118_035751175.MP.jpg", "PXL_20231118_035751175.MP", "PXL_20231118_035751175.MP.jpg.json", MatchRules.MotionPhoto)]
    [InlineData("PXL_20210102_221126856.MP~2.jpg", "PXL_20210102_221126856.MP~2", "PXL_20210102_221126856.MP~2.jpg.json", MatchRules.MotionPhoto)]
    [InlineData("IMG_0769(1).HEIC", "IMG_0769(1).mp4", "IMG_0769.HEIC.supplemental-metadata(1).json", MatchRules.LivePhoto)]
    public void Live_and_motion_videos_take_their_still_sidecar(string still, string video, string sidecar, string rule)
    {
        var result = Match(still, video, sidecar);
        AssertPair(result, still, sidecar);
        AssertPair(result, video, sidecar, rule);
    }

    [Fact]
    public void A_live_video_finds_its_still_sidecar_when_the_still_is_in_a_missing_part()
    {
        AssertPair(Match("IMG_4573.MOV", "IMG_4573.HEIC.json"), "IMG_4573.MOV", "IMG_4573.HEIC.json", MatchRules.LivePhoto);
    }

    [Fact]
    public void A_video_with_its_own_sidecar_keeps_it()
    {
        var result = Match("PXL_20231006_063909898.LS.mp4", "PXL_20231006_063909898.LS.mp4.json", "IMG_1.HEIC", "IMG_1.MP4", "IMG_1.HEIC.json", "IMG_1.MP4.json");
        AssertPair(result, "PXL_20231006_063909898.LS.mp4", "PXL_20231006_063909898.LS.mp4.json", MatchRules.Exact);
        AssertPair(result, "IMG_1.MP4", "IMG_1.MP4.json", MatchRules.Exact);
    }

    [Fact]
    public void A_live_video_with_two_possible_stills_stays_unmatched()
    {
        var result = Match("IMG_7.HEIC", "IMG_7.JPG", "IMG_7.MOV", "IMG_7.HEIC.json", "IMG_7.JPG.json");
        var outcome = result["IMG_7.MOV"];
        Assert.Null(outcome.Sidecar);
        Assert.True(outcome.Ambiguous);
        Assert.Equal(["IMG_7.HEIC.json", "IMG_7.JPG.json"], outcome.Candidates);
        Assert.True(Match("IMG_8.MOV", "IMG_8.HEIC.json", "IMG_8.JPG.json")["IMG_8.MOV"].Ambiguous);
    }

    [Fact]
    public void A_still_and_its_video_both_claiming_a_title_without_extension_sidecar()
    {
        var result = Match("MVIMG_1.jpg", "MVIMG_1", "MVIMG_1.json");
        AssertPair(result, "MVIMG_1.jpg", "MVIMG_1.json", MatchRules.TitleWithoutExtension);
        AssertPair(result, "MVIMG_1", "MVIMG_1.json", MatchRules.MotionPhoto);
    }

    [Fact]
    public void An_unnumbered_video_never_borrows_a_numbered_still_sidecar()
    {
        AssertPair(Match("IMG_0769(1).HEIC", "IMG_0769.mp4", "IMG_0769.HEIC(1).json"), "IMG_0769.mp4", null);
    }
}
