using EnteTui.Core.Import.Media;
using EnteTui.Core.Import.Planning;

namespace EnteTui.Core.Tests.Import;

/// <summary>An import media carries its file type by name, derived once from the one media-type table, in the record's former padding.</summary>
public class ImportMediaTests
{
    [Theory]
    [InlineData("IMG_0001.HEIC", EnteFileType.Image)]
    [InlineData("IMGP0001.PEF", EnteFileType.Image)]
    [InlineData("PXL_20230809_203449253.MP~2", EnteFileType.Video)]
    [InlineData("MVIMG_20180722_120942", EnteFileType.Video)]
    [InlineData("clip.MTS", EnteFileType.Video)]
    [InlineData("notes.txt", null)]
    [InlineData("IMG_0001.jpg.json", null)]
    public void The_type_by_name_is_the_media_type_tables_however_the_name_is_given(string name, EnteFileType? type)
    {
        Assert.Equal(type, MediaKinds.FromFileName(name));
        Assert.Equal(type, new ImportMedia { Path = "Takeout/Google Photos/Trip/" + name, Size = 1 }.TypeByName);
        Assert.Equal(type, new ImportMedia { Folder = "Takeout/Google Photos/Trip", FileName = name, Size = 1 }.TypeByName);
        Assert.Equal(type, (new ImportMedia { Path = "a/notes.txt", Size = 1 } with { FileName = name }).TypeByName);
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
