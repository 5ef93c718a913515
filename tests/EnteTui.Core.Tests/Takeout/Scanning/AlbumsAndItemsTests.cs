using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Scanning;

/// <summary>Album folders vs year folders: titles by content, localised names, and each photo once with its albums.</summary>
public class AlbumsAndItemsTests
{
    private const string Root = "Takeout/Google Photos/";

    private static ArchiveEntry Media(string path) => new(path, System.Text.Encoding.UTF8.GetBytes("bytes of " + path));

    private static ArchiveEntry Sidecar(string path, string title, long taken) => new(path, SidecarJson.Media(title, taken));

    [Fact]
    public void Folder_kinds_and_album_titles_come_from_content()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"),
        [
            Media(Root + "Photos from 2019/a.jpg"), Sidecar(Root + "Photos from 2019/a.jpg.json", "a.jpg", 1),
            Media(Root + "Beach/a.jpg"), Sidecar(Root + "Beach/a.jpg.json", "a.jpg", 1), new(Root + "Beach/métadonnées.json", SidecarJson.Album("Summer at the beach")),
            Media(Root + "Old/b.jpg"), new(Root + "Old/anyname.json", System.Text.Encoding.UTF8.GetBytes("""{"albumData":{"title":"Old days"}}""")),
            Media(Root + "Untitled(1)/c.jpg"), new(Root + "Untitled(1)/metadata.json", SidecarJson.Album("")),
            Media(Root + "2005-02-05/d.jpg"), new(Root + "2005-02-05/Metadaten.json", SidecarJson.Album("2005-02-05")),
            Media(Root + "Archive/e.jpg"),
            Media(Root + "Holiday 2019/f.jpg"),
        ]);

        var folders = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip")]).Folders.ToDictionary(f => f.Path[Root.Length..]);

        Assert.Equal((FolderKind.Year, null, new DateTime(2019, 1, 1)), (folders["Photos from 2019"].Kind, folders["Photos from 2019"].AlbumTitle, folders["Photos from 2019"].FolderDate));
        Assert.Equal((FolderKind.Album, "Summer at the beach"), (folders["Beach"].Kind, folders["Beach"].AlbumTitle));
        Assert.Equal(Root + "Beach/métadonnées.json", folders["Beach"].AlbumJson?.Path);
        Assert.Equal("Old days", folders["Old"].AlbumTitle);
        Assert.Equal("Untitled(1)", folders["Untitled(1)"].AlbumTitle);
        Assert.Equal((FolderKind.Day, new DateTime(2005, 2, 5)), (folders["2005-02-05"].Kind, folders["2005-02-05"].FolderDate));
        Assert.Equal(FolderKind.Special, folders["Archive"].Kind);
        Assert.Equal((FolderKind.Album, "Holiday 2019"), (folders["Holiday 2019"].Kind, folders["Holiday 2019"].AlbumTitle));
    }

    [Fact]
    public void A_photo_in_its_year_folder_and_two_albums_is_one_item_in_two_albums()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("takeout-001.zip"),
        [
            Media(Root + "Photos from 2023/PXL_1.jpg"), Sidecar(Root + "Photos from 2023/PXL_1.jpg.json", "PXL_1.jpg", 1_695_394_176),
            Media(Root + "Trip/PXL_1.jpg"), new(Root + "Trip/metadata.json", SidecarJson.Album("Trip")),
        ]);
        ArchiveWriter.Tgz(dir.File("takeout-002.tgz"),
        [
            Sidecar(Root + "Trip/PXL_1.jpg.json", "PXL_1.jpg", 1_695_394_176),
            Media(Root + "Best/PXL_1.jpg"), Sidecar(Root + "Best/PXL_1.jpg.json", "PXL_1.jpg", 1_695_394_176), new(Root + "Best/metadata.json", SidecarJson.Album("Best of")),
            Media(Root + "Photos from 2023/PXL_1-edited.jpg"),
            Media(Root + "Photos from 2020/IMG_8172.jpg"), Sidecar(Root + "Photos from 2020/IMG_8172.jpg.json", "IMG_8172.jpg", 1_600_000_000),
            Media(Root + "Photos from 2023/IMG_8172.jpg"), Sidecar(Root + "Photos from 2023/IMG_8172.jpg.json", "IMG_8172.jpg", 1_690_000_000),
        ]);

        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("takeout-002.tgz"), dir.File("takeout-001.zip")]);

        Assert.Equal(6, result.Pairs.Count);
        var pxl = Assert.Single(result.Items, i => i.Primary.Media.FileName == "PXL_1.jpg");
        Assert.Equal(3, pxl.Copies.Count);
        Assert.Equal(Root + "Photos from 2023/PXL_1.jpg", pxl.Primary.Media.Path);
        Assert.Equal(["Best of", "Trip"], pxl.Albums.Order(StringComparer.Ordinal));
        Assert.Single(result.Items, i => i.Primary.Media.FileName == "PXL_1-edited.jpg");
        Assert.Equal(2, result.Items.Count(i => i.Primary.Media.FileName == "IMG_8172.jpg"));
        Assert.Equal(4, result.Items.Count);
        Assert.Equal(4, result.ItemCount);
        var trip = result.Pairs.Single(p => p.Media.Path == Root + "Trip/PXL_1.jpg");
        Assert.Equal((2, 1), (trip.Media.Part, trip.Sidecar!.Part));
    }

    [Fact]
    public void A_year_copy_whose_sidecar_is_only_in_an_album_stays_unmatched_and_album_sidecars_without_media_are_orphans()
    {
        using var dir = new TempDir();
        ArchiveWriter.Tgz(dir.File("a.tgz"),
        [
            Media(Root + "Photos from 2019/IMG_5555.JPG"),
            Media(Root + "Holiday 2019/IMG_5555.JPG"), Sidecar(Root + "Holiday 2019/IMG_5555.JPG.json", "IMG_5555.JPG", 5),
            Sidecar(Root + "Holiday 2019/IMG_0001.JPG.json", "IMG_0001.JPG", 6),
        ]);

        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.tgz")]);

        Assert.Null(result.Pairs.Single(p => p.Media.Path.Contains("Photos from", StringComparison.Ordinal)).Sidecar);
        Assert.Equal([Root + "Holiday 2019/IMG_0001.JPG.json"], result.OrphanSidecars.Select(o => o.Path));
    }

    [Fact]
    public void Google_album_files_in_any_part_and_language_title_the_album_and_are_never_sidecars_or_orphans()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("takeout-001.zip"),
        [
            Media(Root + "Roadtrip/IMG_1.jpg"), Sidecar(Root + "Roadtrip/IMG_1.jpg.supplemental-metadata.json", "IMG_1.jpg", 10),
            Media(Root + "Familie/IMG_2.jpg"), Sidecar(Root + "Familie/IMG_2.jpg.json", "IMG_2.jpg", 11), new(Root + "Familie/Metadaten.json", SidecarJson.Album("Familie 2023")),
            Media(Root + "Sans titre(3)/IMG_3.jpg"), new(Root + "Sans titre(3)/métadonnées.json", SidecarJson.Album("")),
        ]);
        ArchiveWriter.Tgz(dir.File("takeout-002.tgz"),
        [
            new(Root + "Roadtrip/metadata.json", SidecarJson.Album("Road trip to Rome")),
            new(Root + "Roadtrip/métadonnées(1).json", SidecarJson.Album("Road trip to Rome")),
        ]);

        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("takeout-001.zip"), dir.File("takeout-002.tgz")]);

        var titles = result.Folders.ToDictionary(f => f.Path[Root.Length..], f => f.AlbumTitle);
        Assert.Equal("Road trip to Rome", titles["Roadtrip"]);
        Assert.Equal("Familie 2023", titles["Familie"]);
        Assert.Equal("Sans titre(3)", titles["Sans titre(3)"]);
        Assert.Empty(result.OrphanSidecars);
        Assert.All(result.Pairs.Where(p => p.Sidecar is not null), p => Assert.False(KnownNames.IsAlbumMetadataName(p.Sidecar!.FileName)));
        Assert.Equal(2, result.Pairs.Count(p => p.IsMatched));
    }

    [Fact]
    public void Only_google_photos_content_is_scanned()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"),
        [
            Media("Takeout/archive_browser.html"), Media("Takeout/x.jpg"),
            Media("Takeout/Drive/holiday.jpg"), Media("Takeout/Drive/Docs/scan.png"),
            Media("Takeout/Fotos de Google/Photos from 2020/a.jpg"), Sidecar("Takeout/Fotos de Google/Photos from 2020/a.jpg.json", "a.jpg", 1),
            Media("Takeout/Google Photos/print-subscriptions.json"),
        ]);

        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip")]);

        Assert.Equal(["Takeout/Fotos de Google/Photos from 2020/a.jpg"], result.Pairs.Select(p => p.Media.Path));
    }
}
