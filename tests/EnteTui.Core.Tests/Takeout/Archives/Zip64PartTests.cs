using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Takeout.Archives;

/// <summary>Zip64 parts of many GB: entries beyond 4 GiB are listed and opened (sparse file, no real disk use).</summary>
public class Zip64PartTests
{
    [Fact]
    public async Task Entries_beyond_four_gigabytes_are_listed_paired_and_opened()
    {
        using var dir = new TempDir();
        var path = dir.File("takeout-20240712T112341Z-001.zip");
        const string Year = "Takeout/Google Photos/Photos from 2021/";
        var photo = MediaFactory.Jpeg(8, 8, 1, ExifData.Taken(new DateTime(2021, 5, 6, 7, 8, 9)));
        Zip64Writer.Write(path, Year + "VID_20210506_070000.mp4", 5L << 30,
        [
            new ArchiveEntry(Year + "PXL_20210506_070809000.jpg", photo),
            new ArchiveEntry(Year + "PXL_20210506_070809000.jpg.supplemental-metadata.json", SidecarJson.Media("PXL_20210506_070809000.jpg", 1_620_284_889)),
        ]);
        Assert.True(new FileInfo(path).Length > 5L << 30);

        var result = new TakeoutScanner(new ScanOptions()).Scan([path]);

        Assert.Empty(result.Problems);
        Assert.Equal(5L << 30, result.Pairs.Single(p => p.Media.Path.EndsWith(".mp4", StringComparison.Ordinal)).Media.Size);
        var pair = result.Pairs.Single(p => p.Media.Path.EndsWith(".jpg", StringComparison.Ordinal));
        Assert.Equal(Year + "PXL_20210506_070809000.jpg.supplemental-metadata.json", pair.Sidecar?.Path);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_620_284_889), pair.Date.Value);
        using var source = result.OpenSource();
        await using var stream = await source.OpenEntryAsync(pair.Media.Ref);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(photo, copy.ToArray());
    }
}
