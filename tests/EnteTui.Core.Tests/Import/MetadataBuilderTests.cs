using System.Text;
using EnteTui.Core.Import.Media;
using EnteTui.Core.Import.Metadata;
using EnteTui.Core.Media.Exif;
using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Takeout.Sidecars;

namespace EnteTui.Core.Tests.Import;

public class MetadataBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static MetadataBuilder Builder(string? zone = null) =>
        new(zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone), new FixedTime(Now));

    private static MetadataInput Input(string name = "IMG_0001.jpg", SidecarFacts? sidecar = null, MediaFacts? media = null, int? year = null) => new()
    {
        FileName = name,
        FileType = EnteFileType.Image,
        Hash = "h",
        Sidecar = sidecar,
        Media = media ?? MediaFacts.None,
        FolderDate = year is int y ? new DateOnly(y, 1, 1) : null,
    };

    private static long Micros(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds() * 1000;

    [Fact]
    public void Photo_taken_time_wins_over_every_other_source()
    {
        var sidecar = new SidecarFacts { PhotoTakenTime = 1_695_394_176, CreationTime = 1_700_000_000 };
        var media = new MediaFacts { Exif = new CapturedExif(new DateTime(2001, 1, 1, 0, 0, 0), null) };
        var meta = Builder().Build(Input("IMG_20100101_101010.jpg", sidecar, media, 2023));
        Assert.Equal(1_695_394_176_000_000, meta.CreationTime);
        Assert.Equal(DateSource.Sidecar, meta.DateSource);
    }

    [Fact]
    public void Negative_photo_taken_time_before_1970_is_kept_and_zero_means_unknown()
    {
        Assert.Equal(-86_400_000_000, Builder().Build(Input(sidecar: new SidecarFacts { PhotoTakenTime = -86_400 })).CreationTime);
        var unknown = Builder().Build(Input(sidecar: new SidecarFacts { PhotoTakenTime = 0 }));
        Assert.Equal(DateSource.None, unknown.DateSource);
    }

    [Fact]
    public void Exif_date_honours_its_offset_tag()
    {
        var media = new MediaFacts { Exif = new CapturedExif(new DateTime(2019, 5, 12, 14, 30, 22), TimeSpan.FromHours(2)) };
        var meta = Builder("America/New_York").Build(Input(media: media));
        Assert.Equal(Micros(new DateTimeOffset(2019, 5, 12, 12, 30, 22, TimeSpan.Zero)), meta.CreationTime);
        Assert.Equal(DateSource.Exif, meta.DateSource);
        Assert.Equal("2019-05-12T14:30:22", meta.PublicMagic["dateTime"]);
        Assert.Equal("+02:00", meta.PublicMagic["offsetTime"]);
    }

    [Fact]
    public void Naive_exif_date_is_utc_unless_a_zone_is_given()
    {
        var media = new MediaFacts { Exif = new CapturedExif(new DateTime(2019, 7, 1, 10, 0, 0), null) };
        Assert.Equal(Micros(new DateTimeOffset(2019, 7, 1, 10, 0, 0, TimeSpan.Zero)), Builder().Build(Input(media: media)).CreationTime);
        Assert.Equal(Micros(new DateTimeOffset(2019, 7, 1, 8, 0, 0, TimeSpan.Zero)), Builder("Europe/Berlin").Build(Input(media: media)).CreationTime);
    }

    [Fact]
    public void A_video_creation_time_is_utc_and_beats_the_file_name()
    {
        var media = new MediaFacts { MovieCreated = new DateTimeOffset(2020, 2, 3, 4, 5, 6, TimeSpan.Zero) };
        var meta = Builder("Asia/Tokyo").Build(Input("VID_20100101_000000.mp4", media: media));
        Assert.Equal(DateSource.Exif, meta.DateSource);
        Assert.Equal(Micros(media.MovieCreated.Value), meta.CreationTime);
        Assert.False(meta.PublicMagic.ContainsKey("dateTime"));
    }

    [Theory]
    [InlineData("IMG_20190512_143022.jpg", 2019, 5, 12, 14, 30, 22)]
    [InlineData("PXL_20230809_203449253.jpg", 2023, 8, 9, 20, 34, 49)]
    [InlineData("Screenshot_2024-01-14-14-13-33-16_948cd9.jpg", 2024, 1, 14, 14, 13, 33)]
    [InlineData("2019-05-12 14.30.22.jpg", 2019, 5, 12, 14, 30, 22)]
    [InlineData("IMG-20190512-WA0001.jpg", 2019, 5, 12, 0, 0, 0)]
    [InlineData("20231227_152817.jpg", 2023, 12, 27, 15, 28, 17)]
    public void File_name_dates_are_parsed(string name, int y, int mo, int d, int h, int mi, int s)
    {
        var meta = Builder("Asia/Tokyo").Build(Input(name));
        Assert.Equal(DateSource.FileName, meta.DateSource);
        Assert.Equal(Micros(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromHours(9))), meta.CreationTime);
    }

    [Theory]
    [InlineData("IMG_0001.jpg")]
    [InlineData("photo 12345678.jpg")]
    public void Names_without_a_date_fall_through(string name) =>
        Assert.NotEqual(DateSource.FileName, Builder().Build(Input(name)).DateSource);

    [Fact]
    public void Sidecar_upload_time_is_used_only_when_it_agrees_with_the_year_folder()
    {
        var sidecar = new SidecarFacts { CreationTime = new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds() };
        Assert.Equal(DateSource.SidecarCreationTime, Builder().Build(Input(sidecar: sidecar, year: 2021)).DateSource);
        var other = Builder().Build(Input(sidecar: sidecar, year: 2015));
        Assert.Equal(DateSource.Folder, other.DateSource);
        Assert.Equal(Micros(new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)), other.CreationTime);
    }

    [Fact]
    public void Nothing_known_falls_back_to_import_time()
    {
        var meta = Builder().Build(Input());
        Assert.Equal(DateSource.None, meta.DateSource);
        Assert.Equal(Micros(Now), meta.CreationTime);
        Assert.Equal(meta.CreationTime, meta.ModificationTime);
    }

    [Fact]
    public void Modification_time_comes_from_the_sidecar_when_present()
    {
        var meta = Builder().Build(Input(sidecar: new SidecarFacts { PhotoTakenTime = 100, ModificationTime = 200 }));
        Assert.Equal(200_000_000, meta.ModificationTime);
    }

    [Fact]
    public void Title_is_the_untruncated_sidecar_title_else_the_file_name()
    {
        var title = "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINAL.jpg";
        Assert.Equal(title, Builder().Build(Input("PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg", new SidecarFacts { Title = title })).Title);
        Assert.Equal("IMG_0001.jpg", Builder().Build(Input("IMG_0001.jpg", new SidecarFacts { Title = "" })).Title);
    }

    [Fact]
    public void Location_prefers_geo_data_then_geo_data_exif_then_exif_gps_and_ignores_zero()
    {
        var exif = new MediaFacts { Gps = new GeoPoint(3, 3) };
        Meta(new SidecarFacts { GeoData = new GeoPoint(1, 1), GeoDataExif = new GeoPoint(2, 2) }, exif, 1);
        Meta(new SidecarFacts { GeoData = new GeoPoint(0, 0), GeoDataExif = new GeoPoint(2, 2) }, exif, 2);
        Meta(new SidecarFacts { GeoData = new GeoPoint(0, 0), GeoDataExif = new GeoPoint(0, 0) }, exif, 3);
        var none = Builder().Build(Input(sidecar: new SidecarFacts { GeoData = new GeoPoint(0, 0) }));
        Assert.Null(none.Latitude);
        Assert.DoesNotContain("latitude", Encoding.UTF8.GetString(MetadataJson.Serialize(none)), StringComparison.Ordinal);

        static void Meta(SidecarFacts sidecar, MediaFacts media, double expected)
        {
            var meta = Builder().Build(Input(sidecar: sidecar, media: media));
            Assert.Equal(expected, meta.Latitude);
            Assert.Equal(expected, meta.Longitude);
        }
    }

    [Fact]
    public void Caption_goes_into_public_magic_metadata_and_a_borrowed_sidecar_gives_date_and_place_only()
    {
        var own = new SidecarFacts { Title = "Orig.jpg", Description = "At the beach", PhotoTakenTime = 1000, GeoData = new GeoPoint(4, 5), Favorited = true };
        var meta = Builder().Build(Input("x.jpg", own));
        Assert.Equal("At the beach", meta.PublicMagic["caption"]);

        var borrowed = Builder().Build(Input("x-edited.jpg", own.AsBorrowed()));
        Assert.Equal("x-edited.jpg", borrowed.Title);
        Assert.False(borrowed.PublicMagic.ContainsKey("caption"));
        Assert.Equal(1_000_000_000, borrowed.CreationTime);
        Assert.Equal(4, borrowed.Latitude);
        Assert.False(own.AsBorrowed().Favorited);
    }

    [Fact]
    public void Json_has_the_web_uploaders_keys_in_order()
    {
        var input = Input("clip.mp4", new SidecarFacts { PhotoTakenTime = 10, GeoData = new GeoPoint(1.5, -2.25) }) with
        {
            FileType = EnteFileType.Video,
            Media = new MediaFacts { DurationSeconds = 3.2 },
            HasStaticThumbnail = true,
        };
        var json = Encoding.UTF8.GetString(MetadataJson.Serialize(Builder().Build(input)));
        Assert.Equal("{\"fileType\":1,\"title\":\"clip.mp4\",\"creationTime\":10000000,\"modificationTime\":10000000,\"hash\":\"h\",\"duration\":4,\"latitude\":1.5,\"longitude\":-2.25,\"hasStaticThumbnail\":true}", json);
    }

    [Fact]
    public void Public_magic_counts_only_present_keys()
    {
        var meta = Builder().Build(Input(sidecar: new SidecarFacts { PhotoTakenTime = 1 }) with { Width = 4000, Height = 3000 });
        Assert.Equal(2, meta.PublicMagic.Count);
        Assert.Equal("{\"w\":4000,\"h\":3000}", Encoding.UTF8.GetString(MetadataJson.SerializePublicMagic(meta)!));
        Assert.Null(MetadataJson.SerializePublicMagic(Builder().Build(Input(sidecar: new SidecarFacts { PhotoTakenTime = 1 }))));
    }
}
