using EnteTui.Core.Import.Media;
using EnteTui.Core.Import.Planning;
using EnteTui.Core.Takeout.Matching;

namespace EnteTui.Core.Tests.Import;

/// <summary>The scan, the import and the local server's seeding share one media-type table: nothing the scan pairs is dropped at import as "not media".</summary>
public class OneMediaTypeTableTests
{
    [Theory]
    [InlineData("PXL_20230809_203449253.MP", EnteFileType.Video)]
    [InlineData("PXL_20230809_203449253.MP~2", EnteFileType.Video)]
    [InlineData("MVIMG_20180722_120942", EnteFileType.Video)]
    [InlineData("clip.qt", EnteFileType.Video)]
    [InlineData("clip.mts", EnteFileType.Video)]
    [InlineData("IMG_1.CR3", EnteFileType.Image)]
    [InlineData("IMG_1.nrw", EnteFileType.Image)]
    [InlineData("scan.jfif", EnteFileType.Image)]
    [InlineData("IMG_1.HEIC", EnteFileType.Image)]
    [InlineData("IMGP0001.PEF", EnteFileType.Image)]
    public void What_the_scan_takes_as_media_the_import_uploads(string name, EnteFileType type)
    {
        Assert.NotEqual(MediaKind.NotMedia, MediaTypes.Classify(MediaName.Parse(name)));
        Assert.Equal(type, MediaKinds.FromFileName("Takeout/Google Photos/Photos from 2023/" + name));
        Assert.Equal(type, new ImportMedia { Path = "Takeout/Google Photos/Photos from 2023/" + name, Size = 10 }.TypeByName);
        Assert.Equal(type, new ImportMedia { Folder = "Takeout/Google Photos/Trip", FileName = name, Size = 10 }.TypeByName);
        var plan = ImportPlanner.Plan([new ImportMedia { Path = "Takeout/Google Photos/Photos from 2023/" + name, Size = 10 }], new ImportOptions());
        Assert.Empty(plan.Skipped);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("IMG_1.jpg.json")]
    [InlineData("archive_browser.html")]
    public void Other_files_are_not_media_anywhere(string name)
    {
        Assert.Equal(MediaKind.NotMedia, MediaTypes.Classify(MediaName.Parse(name)));
        Assert.Null(MediaKinds.FromFileName(name));
        Assert.Null(new ImportMedia { Path = "Takeout/Google Photos/Trip/" + name, Size = 10 }.TypeByName);
        Assert.Null((new ImportMedia { Path = "Takeout/Google Photos/Trip/IMG_1.jpg", Size = 10 } with { FileName = name }).TypeByName);
        Assert.False(MediaTypes.IsMedia(name));
    }

    [Fact]
    public void Carrying_the_type_does_not_grow_an_import_media_past_80_bytes()
    {
        var media = new ImportMedia
        {
            Path = "Takeout/Google Photos/Photos from 2023/IMG_0001.jpg",
            Size = 1,
            Part = 2,
            Ordinal = 3,
            FolderDate = new DateOnly(2023, 1, 1),
            CaptureTime = new DateTimeOffset(2023, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)),
        };
        _ = media with { };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var copy = media with { };
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(80, allocated);
        Assert.Equal(media, copy);
        Assert.Equal(EnteFileType.Image, copy.TypeByName);
    }
}
