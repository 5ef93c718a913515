using EnteTui.Core.Import.Metadata;
using EnteTui.Core.Import.Planning;

namespace EnteTui.Core.Tests.Import;

public class ImportPlannerTests
{
    private const string Root = "Takeout/Google Photos/";

    private static ImportMedia M(string path, long size = 10, SidecarFacts? sidecar = null, string? album = null, int? year = null) =>
        new() { Path = Root + path, Size = size, Sidecar = sidecar, AlbumTitle = album, FolderDate = year is int y ? new DateOnly(y, 1, 1) : null };

    private static readonly SidecarFacts Own = new() { Title = "x", PhotoTakenTime = 1000 };

    [Fact]
    public void Copies_in_year_and_album_folders_form_one_group()
    {
        var plan = ImportPlanner.Plan(
            [M("Photos from 2020/a.jpg", 10, Own, year: 2020), M("Trip/a.jpg", 10, Own, album: "Trip"), M("Photos from 2020/b.jpg", 11, Own, year: 2020)],
            new ImportOptions());
        Assert.Equal(2, plan.Groups.Count);
        var a = Assert.Single(plan.Groups, g => g.Copies.Count == 2);
        Assert.Equal("Trip", a.Copies[0].Media.AlbumTitle);
        Assert.Equal(["Trip"], plan.Albums);
    }

    [Fact]
    public void Same_name_with_another_size_is_another_item()
    {
        var plan = ImportPlanner.Plan([M("Photos from 2020/a.jpg", 10), M("Photos from 2023/a.jpg", 12)], new ImportOptions());
        Assert.Equal(2, plan.Groups.Count);
    }

    [Fact]
    public void Trashed_archived_unmatched_empty_and_resolved_items_are_left_out_as_asked()
    {
        var media = new[]
        {
            M("Photos from 2020/t.jpg", sidecar: Own with { Trashed = true }),
            M("Photos from 2020/r.jpg", sidecar: Own with { Archived = true }),
            M("Photos from 2020/u.jpg"),
            M("Photos from 2020/e.jpg", size: 0, sidecar: Own),
            M("Photos from 2020/s.jpg", sidecar: Own),
            M("Photos from 2020/notes.txt"),
        };
        var defaults = ImportPlanner.Plan(media, new ImportOptions(), new HashSet<string> { Root + "Photos from 2020/s.jpg" });
        Assert.Equal(["r.jpg", "u.jpg"], defaults.Groups.SelectMany(g => g.Copies).Select(c => c.Media.FileName).Order().ToArray());
        Assert.Contains(defaults.Skipped, s => s.Reason == SkipReason.Trashed);
        Assert.Contains(defaults.Skipped, s => s.Reason == SkipReason.EmptyFile);
        Assert.Contains(defaults.Skipped, s => s.Reason == SkipReason.Resolution);
        Assert.Contains(defaults.Skipped, s => s.Reason == SkipReason.NotMedia);

        var strict = ImportPlanner.Plan(media, new ImportOptions { SkipUnmatched = true, Archived = ArchivedMode.Skip, IncludeTrashed = true });
        Assert.Equal(["s.jpg", "t.jpg"], strict.Groups.SelectMany(g => g.Copies).Select(c => c.Media.FileName).Order().ToArray());
        Assert.Contains(strict.Skipped, s => s.Reason == SkipReason.Unmatched);
        Assert.Contains(strict.Skipped, s => s.Reason == SkipReason.Archived);
    }

    [Theory]
    [InlineData("IMG_4573.HEIC", "IMG_4573.MP4")]
    [InlineData("IMG_0769(1).HEIC", "IMG_0769(1).mp4")]
    [InlineData("PXL_20210101_101010.MP.jpg", "PXL_20210101_101010.MP")]
    [InlineData("PXL_20210101_101010.MP~2.jpg", "PXL_20210101_101010.MP~2")]
    [InlineData("MVIMG_20180722_120942.jpg", "MVIMG_20180722_120942")]
    [InlineData("20231227_152817.jpg", "20231227_152817.MP4")]
    public void Still_and_motion_video_in_one_folder_become_a_live_photo(string image, string video)
    {
        var plan = ImportPlanner.Plan([M("Photos from 2021/" + image, sidecar: Own), M("Photos from 2021/" + video, sidecar: Own.AsBorrowed())], new ImportOptions());
        var group = Assert.Single(plan.Groups);
        var copy = Assert.Single(group.Copies);
        Assert.True(copy.IsLivePhoto);
        Assert.Equal(image, copy.Media.FileName);
        Assert.Equal(video, copy.MotionVideo!.FileName);
    }

    [Fact]
    public void No_live_photo_across_folders_over_20_mb_or_with_dates_a_day_apart()
    {
        Assert.Equal(2, ImportPlanner.Plan([M("A/x.jpg"), M("B/x.mp4")], new ImportOptions()).Groups.Count);
        Assert.Equal(2, ImportPlanner.Plan([M("A/x.jpg"), M("A/x.mp4", size: 30_000_000)], new ImportOptions()).Groups.Count);
        Assert.Equal(2, ImportPlanner.Plan(
            [M("A/x.jpg", sidecar: new SidecarFacts { PhotoTakenTime = 1 }), M("A/x.mp4", sidecar: new SidecarFacts { PhotoTakenTime = 200_000 })],
            new ImportOptions()).Groups.Count);
    }
}
