using EnteTui.Core.Export;
using EnteTui.Core.Sync;

namespace EnteTui.Core.Tests.Export;

public class ExportPlannerTests
{
    [Fact]
    public void A_file_in_two_albums_is_one_job_with_two_placements()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Trip");
        f.Album(11, "Best");
        f.File(10, 100, "a.jpg");
        f.File(11, 100, "a.jpg");

        var plan = f.Plan();

        var job = Assert.Single(plan.Jobs);
        Assert.Equal(2, job.Placements.Count);
        Assert.Empty(job.Sources);
        Assert.Equal(["Best", "Trip"], plan.AlbumSteps.Select(s => s.Folder).Order());
    }

    [Fact]
    public void Same_titles_in_one_album_get_deterministic_case_insensitive_suffixes_by_file_id()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Trip");
        f.File(10, 300, "A.JPG");
        f.File(10, 200, "a.jpg");

        var names = f.Plan().ContentPlacements.ToDictionary(p => p.Row.FileId, p => p.Names[0]);

        Assert.Equal("a.jpg", names[200]);
        Assert.Equal("A_1.JPG", names[300]);
    }

    [Fact]
    public void Hidden_albums_are_left_out_unless_asked_for()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Visible");
        f.Album(11, "Secret", visibility: 2);
        f.Album(12, ".hidden", subType: 1);
        f.Album(13, "Old", visibility: 1);

        Assert.Equal(["Old", "Visible"], f.Plan().AlbumSteps.Select(s => s.Folder).Order());
        f.Options = f.Options with { IncludeHidden = true };
        Assert.Equal(["Hidden", "Old", "Secret", "Visible"], f.Plan().AlbumSteps.Select(s => s.Folder).Order());
    }

    [Fact]
    public void A_second_plan_after_applying_the_first_is_empty()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Trip");
        f.File(10, 1, "a.jpg");
        f.File(10, 2, "live.heic", LibraryFile.LivePhoto, "i:v");
        f.Apply(f.Plan());

        var again = f.Plan();

        Assert.True(again.IsEmpty, string.Join("\n", PlanDescriber.Describe(again, DeletionMode.Delete)));
    }

    [Fact]
    public void A_caption_change_rewrites_only_the_sidecar_and_a_title_change_renames_without_download()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Trip");
        var photo = f.File(10, 1, "a.jpg");
        var other = f.File(10, 2, "b.jpg");
        f.Apply(f.Plan());

        photo.Caption = "Sunset";
        other.EditedName = "c.jpg";
        var plan = f.Plan();

        Assert.Empty(plan.ContentPlacements);
        Assert.Equal(1, Assert.Single(plan.SidecarWrites).Row.FileId);
        var rename = Assert.Single(plan.Renames);
        Assert.Equal(["b.jpg"], rename.FromNames);
        Assert.Equal(["c.jpg"], rename.Placement.Names);
    }

    [Fact]
    public void A_content_change_downloads_again_and_a_missing_file_is_repaired()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Trip");
        var photo = f.File(10, 1, "a.jpg");
        f.File(10, 2, "b.jpg");
        f.Apply(f.Plan());

        photo.Hash = "new";
        File.Delete(Path.Combine(f.Root, "Trip", "b.jpg"));
        var plan = f.Plan();

        Assert.Equal([1L, 2L], plan.ContentPlacements.Select(p => p.Row.FileId).Order());
        Assert.Equal(["a.jpg", "b.jpg"], plan.ContentPlacements.Select(p => p.Names[0]).Order());
    }

    [Fact]
    public void Removed_files_and_deleted_albums_are_planned_for_removal_and_renamed_albums_move()
    {
        using var f = new PlannerFixture();
        var trip = f.Album(10, "Trip");
        var gone = f.Album(11, "Gone");
        f.File(10, 1, "a.jpg");
        f.File(10, 2, "b.jpg");
        f.File(11, 3, "c.jpg");
        f.Apply(f.Plan());

        f.Files.RemoveAll(r => r.FileId is 2 or 3);
        gone.IsDeleted = true;
        trip.Name = "Trip 2024";
        var plan = f.Plan();

        Assert.Equal([2L, 3L], plan.Removals.Select(r => r.Item.FileId).Order());
        Assert.Equal("Gone", Assert.Single(plan.AlbumRemovals).Folder);
        var step = Assert.Single(plan.AlbumSteps);
        Assert.Equal(("Trip", "Trip 2024"), (step.FromFolder, step.Folder));
        Assert.Empty(plan.ContentPlacements);
    }

    [Fact]
    public void Remembered_names_never_flip_when_a_colliding_file_appears_with_a_lower_id()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Trip");
        f.File(10, 50, "a.jpg");
        f.Apply(f.Plan());

        f.File(10, 5, "A.jpg");
        var placement = Assert.Single(f.Plan().ContentPlacements);

        Assert.Equal("A_1.jpg", placement.Names[0]);
    }

    [Fact]
    public void A_file_left_by_a_crash_before_the_state_commit_is_adopted_and_a_foreign_file_is_not_overwritten()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Trip");
        f.File(10, 1, "a.jpg");
        f.File(10, 2, "mine.jpg");
        Directory.CreateDirectory(Path.Combine(f.Root, "Trip", ".meta"));
        File.WriteAllBytes(Path.Combine(f.Root, "Trip", ".meta", AlbumMetaWriter.FileName), AlbumMetaWriter.Serialize(10, 1, "Trip", 1));
        File.WriteAllBytes(Path.Combine(f.Root, "Trip", "a.jpg"), new byte[100]);
        File.WriteAllBytes(Path.Combine(f.Root, "Trip", "mine.jpg"), new byte[5]);

        var placements = f.Plan().ContentPlacements.ToDictionary(p => p.Row.FileId);

        Assert.Equal(PlacementNeed.Adopt, placements[1].Need);
        Assert.Equal("a.jpg", placements[1].Names[0]);
        Assert.Equal(PlacementNeed.Content, placements[2].Need);
        Assert.Equal("mine_1.jpg", placements[2].Names[0]);
    }

    [Fact]
    public void Album_selection_by_name_or_id_with_exclusions()
    {
        using var f = new PlannerFixture();
        f.Album(10, "Trip");
        f.Album(11, "Family");
        f.Album(12, "Work");
        f.Options = f.Options with { Albums = ["trip", "11", "Work"], ExcludeAlbums = ["work"] };

        Assert.Equal(["Family", "Trip"], f.Plan().AlbumSteps.Select(s => s.Folder).Order());
    }
}
