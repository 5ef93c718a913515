using EnteTui.Fixtures;

namespace EnteTui.Tests.Import;

/// <summary>
/// A three-part Takeout (zip, tgz, zip) exercising what an import must get right: sidecars in other
/// parts than their photos, a photo in a year folder and an album, an album-only photo, EXIF dates
/// with and without offset, a file-name date, a video, a live photo, a favorite, a trashed item and
/// unmatched media.
/// </summary>
public sealed class SampleTakeout
{
    public const string AlbumFolder = "Summer Trip";
    public const string AlbumTitle = "Summer Trip: Italy";

    public static readonly DateTimeOffset Taken1 = new(2019, 6, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Taken2 = new(2020, 2, 2, 12, 0, 0, TimeSpan.Zero);

    public SampleTakeout()
    {
        Photo1 = MediaFactory.Jpeg(1200, 900, 1, new ExifData { DateTimeOriginal = "2001:01:01 00:00:00", Latitude = 1, Longitude = 1 });
        Photo2 = MediaFactory.Jpeg(800, 600, 2);
        Exif3 = MediaFactory.Jpeg(640, 480, 3, new ExifData { DateTimeOriginal = "2021:07:04 10:11:12", OffsetTimeOriginal = "+02:00", Latitude = 45.5, Longitude = 9.25 });
        Named4 = MediaFactory.Jpeg(300, 200, 4);
        Video5 = MediaFactory.Mp4(3.5, Taken2, 50_000, 5);
        Still6 = MediaFactory.Jpeg(400, 300, 6);
        Motion6 = MediaFactory.Mp4(1.5, Taken2, 20_000, 6);
        Trashed7 = MediaFactory.Jpeg(100, 100, 7);
        AlbumOnly8 = MediaFactory.Jpeg(500, 500, 8);
        Naive9 = MediaFactory.Jpeg(320, 240, 9, new ExifData { DateTimeOriginal = "2018:03:04 05:06:07" });

        Builder = new TakeoutBuilder()
            .Add("Photos from 2019/IMG_0001.jpg", Photo1, part: 1)
            .AddSidecar("Photos from 2019/IMG_0001.jpg.json", new SidecarSpec("IMG_0001.jpg") { PhotoTakenTime = Taken1.ToUnixTimeSeconds(), GeoData = (48.1, 11.5), Description = "Beach day" }, part: 2)
            .Add($"{AlbumFolder}/IMG_0001.jpg", Photo1, part: 3)
            .AddSidecar($"{AlbumFolder}/IMG_0001.jpg.json", new SidecarSpec("IMG_0001.jpg") { PhotoTakenTime = Taken1.ToUnixTimeSeconds(), GeoData = (48.1, 11.5), Description = "Beach day" }, part: 3)
            .AddAlbum(AlbumFolder, AlbumTitle, part: 2)
            .Add("Photos from 2020/IMG_0002.jpg", Photo2, part: 2)
            .AddSidecar("Photos from 2020/IMG_0002.jpg.supplemental-metadata.json", new SidecarSpec("IMG_0002.jpg") { PhotoTakenTime = Taken2.ToUnixTimeSeconds(), GeoDataExif = (-33.9, 151.2), Favorited = true }, part: 1)
            .Add("Photos from 2021/IMG_20210704_999999.jpg", Exif3, part: 1)
            .Add("Photos from 2021/Screenshot_2021-08-09-10-11-12.jpg", Named4, part: 3)
            .Add("Photos from 2020/VID_0005.mp4", Video5, part: 2)
            .AddSidecar("Photos from 2020/VID_0005.mp4.json", new SidecarSpec("VID_0005.mp4") { PhotoTakenTime = Taken2.ToUnixTimeSeconds() + 60 }, part: 3)
            .Add("Photos from 2020/IMG_0006.jpg", Still6, part: 1)
            .Add("Photos from 2020/IMG_0006.mp4", Motion6, part: 2)
            .AddSidecar("Photos from 2020/IMG_0006.jpg.json", new SidecarSpec("IMG_0006.jpg") { PhotoTakenTime = Taken2.ToUnixTimeSeconds() + 120 }, part: 1)
            .Add("Photos from 2020/IMG_0007.jpg", Trashed7, part: 3)
            .AddSidecar("Photos from 2020/IMG_0007.jpg.json", new SidecarSpec("IMG_0007.jpg") { PhotoTakenTime = Taken2.ToUnixTimeSeconds(), Trashed = true }, part: 3)
            .Add($"{AlbumFolder}/IMG_0008.jpg", AlbumOnly8, part: 1)
            .AddSidecar($"{AlbumFolder}/IMG_0008.jpg.json", new SidecarSpec("IMG_0008.jpg") { PhotoTakenTime = Taken1.ToUnixTimeSeconds() + 3600, Description = "Only in the album" }, part: 2)
            .Add("Photos from 2018/DSC_0009.jpg", Naive9, part: 2);
    }

    public TakeoutBuilder Builder { get; }

    public byte[] Photo1 { get; }

    public byte[] Photo2 { get; }

    public byte[] Exif3 { get; }

    public byte[] Named4 { get; }

    public byte[] Video5 { get; }

    public byte[] Still6 { get; }

    public byte[] Motion6 { get; }

    public byte[] Trashed7 { get; }

    public byte[] AlbumOnly8 { get; }

    public byte[] Naive9 { get; }

    public IReadOnlyList<string> Write(string dir) => Builder.Write(dir, "zip", "tgz", "zip");
}
