using EnteTui.Core.Import.Media;
using EnteTui.Core.Import.Metadata;
using EnteTui.Core.Import.Sources;
using EnteTui.Core.Media.Exif;
using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Takeout.Sidecars;
using EnteTui.Core.Tests.Takeout.Support;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Takeout.Scanning;

/// <summary>Every media file gets a date and the report says where it came from, in zip, tgz and folders.</summary>
public class DatesInScanTests
{
    private const string Year = "Takeout/Google Photos/Photos from 2019/";

    private static List<ArchiveEntry> Entries() =>
    [
        new(Year + "IMG_0001.jpg", MediaFactory.Jpeg(8, 8, 1, ExifData.Taken(new DateTime(2019, 5, 1, 10, 0, 0), "+02:00"))),
        new(Year + "IMG_0001.jpg.json", SidecarJson.Media("IMG_0001.jpg", 1_556_697_600)),
        new(Year + "IMG_0002.jpg", MediaFactory.Jpeg(8, 8, 2, ExifData.Taken(new DateTime(2019, 5, 2, 10, 0, 0), "+02:00"))),
        new(Year + "IMG_0003.jpg", MediaFactory.Jpeg(8, 8, 3, ExifData.Taken(new DateTime(2019, 5, 3, 10, 0, 0)))),
        new(Year + "IMG_20190504_101500.jpg", [1, 2, 3]),
        new(Year + "scan.jpg", [1, 2, 3]),
        new(Year + "zero.jpg", MediaFactory.Jpeg(8, 8, 4, ExifData.Taken(new DateTime(2019, 5, 6, 10, 0, 0), "-05:00"))),
        new(Year + "zero.jpg.json", System.Text.Encoding.UTF8.GetBytes("""{"title":"zero.jpg","photoTakenTime":{"timestamp":"0"},"creationTime":{"timestamp":"1700000000"}}""")),
        new(Year + "IMG_0001.MP4", [0, 0, 0, 24, 1, 2]),
        new(Year + "uploaded.jpg", [1, 2, 3]),
        new(Year + "uploaded.jpg.json", System.Text.Encoding.UTF8.GetBytes("""{"title":"uploaded.jpg","photoTakenTime":{"timestamp":"0"},"creationTime":{"timestamp":"1556000000"}}""")),
        new(Year + "late upload.jpg", [1, 2, 3]),
        new(Year + "late upload.jpg.json", System.Text.Encoding.UTF8.GetBytes("""{"title":"late upload.jpg","photoTakenTime":{"timestamp":"0"},"creationTime":{"timestamp":"1700000000"}}""")),
        new("Takeout/Google Photos/2005-02-05/old scan.jpg", [1, 2, 3]),
    ];

    [Theory]
    [InlineData("zip")]
    [InlineData("tgz")]
    [InlineData("folder")]
    public void Dates_come_from_sidecar_exif_name_or_folder(string format)
    {
        using var dir = new TempDir();
        var path = dir.File("part." + format);
        switch (format)
        {
            case "zip":
                ArchiveWriter.Zip(path, Entries());
                break;
            case "tgz":
                ArchiveWriter.Tgz(path, Entries());
                break;
            default:
                ArchiveWriter.Folder(path, Entries());
                break;
        }

        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var result = new TakeoutScanner(new ScanOptions { TimeZone = rome }).Scan([path]);
        var dates = result.Pairs.ToDictionary(p => p.Media.FileName, p => p.Date);

        Assert.Equal(new ResolvedDate(DateTimeOffset.FromUnixTimeSeconds(1_556_697_600), DateSource.Sidecar), dates["IMG_0001.jpg"]);
        Assert.Equal(new ResolvedDate(DateTimeOffset.FromUnixTimeSeconds(1_556_697_600), DateSource.Sidecar), dates["IMG_0001.MP4"]);
        Assert.Equal(new ResolvedDate(new DateTimeOffset(2019, 5, 2, 10, 0, 0, TimeSpan.FromHours(2)), DateSource.Exif), dates["IMG_0002.jpg"]);
        Assert.Equal(new ResolvedDate(new DateTimeOffset(2019, 5, 3, 10, 0, 0, TimeSpan.FromHours(2)), DateSource.Exif), dates["IMG_0003.jpg"]);
        Assert.Equal(new ResolvedDate(new DateTimeOffset(2019, 5, 4, 10, 15, 0, TimeSpan.FromHours(2)), DateSource.FileName), dates["IMG_20190504_101500.jpg"]);
        Assert.Equal(new ResolvedDate(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), DateSource.Folder), dates["scan.jpg"]);
        Assert.Equal(new ResolvedDate(new DateTimeOffset(2019, 5, 6, 10, 0, 0, TimeSpan.FromHours(-5)), DateSource.Exif), dates["zero.jpg"]);
        Assert.Equal(new ResolvedDate(DateTimeOffset.FromUnixTimeSeconds(1_556_000_000), DateSource.SidecarCreationTime), dates["uploaded.jpg"]);
        Assert.Equal(new ResolvedDate(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), DateSource.Folder), dates["late upload.jpg"]);
        Assert.Equal(new ResolvedDate(new DateTimeOffset(2005, 2, 5, 0, 0, 0, TimeSpan.FromHours(1)), DateSource.Folder), dates["old scan.jpg"]);
    }

    /// <summary>
    /// The scan's preview and the import date every file alike (they once disagreed: the preview never
    /// used the sidecar's <c>creationTime</c>, the import fell back to it; the import took only the year
    /// of a day folder).
    /// </summary>
    [Fact]
    public void The_import_dates_each_file_as_the_scan_preview_does()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries());
        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero));
        var scan = new TakeoutScanner(new ScanOptions { TimeZone = rome, Time = clock }).Scan([dir.File("a.zip")]);
        var builder = new MetadataBuilder(rome, clock);
        foreach (var (pair, media) in scan.Pairs.OrderBy(p => p.Media.Part).ThenBy(p => p.Media.Ordinal).Zip(TakeoutMediaMapper.Map(scan)))
        {
            var bytes = Entries().Single(e => e.Name == pair.Media.Path).Content;
            var metadata = builder.Build(new MetadataInput
            {
                FileName = media.FileName,
                FileType = EnteFileType.Image,
                Hash = "h",
                Sidecar = media.Sidecar,
                Media = MediaFactsReader.Read(new MemoryStream(bytes)),
                FolderDate = media.FolderDate,
            });
            Assert.Equal((pair.Date.Source, pair.Date.Value!.Value.ToUnixTimeMilliseconds() * 1000), (metadata.DateSource, metadata.CreationTime));
        }
    }

    /// <summary>
    /// A sidecar picked by hand (<c>--resolutions</c>) dates its file by the one order, so the
    /// <c>--since/--until</c> filter sees the date the upload writes (the mapper once took only the
    /// picked sidecar's <c>photoTakenTime</c> and kept the folder's date otherwise).
    /// </summary>
    [Fact]
    public void A_sidecar_picked_by_hand_dates_the_import_filter_as_the_upload()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries());
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero));
        var scan = new TakeoutScanner(new ScanOptions { Time = clock }).Scan([dir.File("a.zip")]);
        var upload = DateTimeOffset.FromUnixTimeSeconds(1_556_000_000);
        var picked = new SidecarData("scan.jpg", null, null, upload, null, null, false, false, false, [], null, false);

        var media = TakeoutMediaMapper.Map(scan, new Dictionary<string, SidecarData> { [Year + "scan.jpg"] = picked }).Single(m => m.FileName == "scan.jpg");
        var metadata = new MetadataBuilder(null, clock).Build(new MetadataInput
        {
            FileName = media.FileName,
            FileType = EnteFileType.Image,
            Hash = "h",
            Sidecar = media.Sidecar,
            FolderDate = media.FolderDate,
        });

        Assert.Equal(upload, media.CaptureTime);
        Assert.Equal(upload.ToUnixTimeMilliseconds() * 1000, metadata.CreationTime);
    }

    [Fact]
    public void Without_a_zone_naive_times_are_utc()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries());
        var dates = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip")]).Pairs.ToDictionary(p => p.Media.FileName, p => p.Date);
        Assert.Equal(new DateTimeOffset(2019, 5, 3, 10, 0, 0, TimeSpan.Zero), dates["IMG_0003.jpg"].Value);
    }
}
