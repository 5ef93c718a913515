using EnteTui.Core.Media.Exif;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Media.Exif;

/// <summary>
/// The one EXIF/QuickTime reader, on real files written by the fixtures' EXIF writer. The cases where
/// the scan's, the import's and the local server's readers once disagreed are decided as Ente's web
/// uploader reads EXIF: DateTimeOriginal, then DateTimeDigitized, then DateTime, each with its own
/// offset and sub-seconds, skipping dates that cannot be real.
/// </summary>
public class MediaFactsReaderTests
{
    private static MediaFacts Read(ExifData exif) => MediaFactsReader.Read(new MemoryStream(MediaFactory.Jpeg(16, 16, 1, exif)));

    [Fact]
    public void Reads_what_the_fixture_exif_writer_wrote()
    {
        var facts = Read(new ExifData
        {
            DateTimeOriginal = "2019:05:12 14:30:22",
            OffsetTimeOriginal = "-03:30",
            Latitude = 48.858222,
            Longitude = -2.2945,
            Make = "Canon ",
            Model = "EOS",
        });
        Assert.Equal(new CapturedExif(new DateTime(2019, 5, 12, 14, 30, 22), new TimeSpan(-3, -30, 0)), facts.Exif);
        Assert.Equal(facts.Exif, facts.CaptureDate);
        Assert.Equal(48.858222, facts.Gps!.Latitude, 5);
        Assert.Equal(-2.2945, facts.Gps!.Longitude, 5);
        Assert.Equal(("Canon", "EOS"), (facts.CameraMake, facts.CameraModel));
    }

    [Theory]
    [InlineData(true, true, true, "2001:01:01 01:01:01")]
    [InlineData(false, true, true, "2002:02:02 02:02:02")]
    [InlineData(false, false, true, "2003:03:03 03:03:03")]
    [InlineData(false, false, false, null)]
    public void The_date_is_original_then_digitized_then_date_time(bool original, bool digitized, bool modified, string? expected)
    {
        var facts = Read(new ExifData
        {
            DateTimeOriginal = original ? "2001:01:01 01:01:01" : null,
            DateTimeDigitized = digitized ? "2002:02:02 02:02:02" : null,
            DateTime = modified ? "2003:03:03 03:03:03" : null,
        });
        Assert.Equal(ExifDateText.ParseDate(expected), facts.Exif?.DateTime);
    }

    [Fact]
    public void Each_date_takes_its_own_offset()
    {
        Assert.Null(Read(new ExifData { DateTimeOriginal = "2001:01:01 01:01:01", OffsetTime = "+01:00", OffsetTimeDigitized = "+02:00" }).Exif!.Offset);
        Assert.Equal(TimeSpan.FromHours(2), Read(new ExifData { DateTimeDigitized = "2001:01:01 01:01:01", OffsetTimeOriginal = "+05:00", OffsetTimeDigitized = "+02:00" }).Exif!.Offset);
        Assert.Equal(TimeSpan.FromHours(1), Read(new ExifData { DateTime = "2001:01:01 01:01:01", OffsetTimeOriginal = "+05:00", OffsetTime = "+01:00" }).Exif!.Offset);
        Assert.Equal(new TimeSpan(5, 30, 0), Read(new ExifData { DateTimeOriginal = "2001:01:01 01:01:01", OffsetTimeOriginal = "+0530" }).Exif!.Offset);
    }

    [Fact]
    public void Sub_seconds_are_part_of_the_date()
    {
        Assert.Equal(new DateTime(2019, 5, 12, 14, 30, 22, 250), Read(new ExifData { DateTimeOriginal = "2019:05:12 14:30:22", SubSecTimeOriginal = "25" }).Exif!.DateTime);
        Assert.Equal(new DateTime(2019, 5, 12, 14, 30, 22).AddTicks(1234567), Read(new ExifData { DateTime = "2019:05:12 14:30:22", SubSecTime = "123456789" }).Exif!.DateTime);
    }

    [Theory]
    [InlineData("0000:00:00 00:00:00")]
    [InlineData("4501:01:01 00:00:00")]
    [InlineData("1700:01:01 00:00:00")]
    [InlineData("2019:13:45 99:00:00")]
    [InlineData("unknown")]
    public void A_date_that_cannot_be_real_gives_way_to_the_next(string bad)
    {
        var facts = Read(new ExifData { DateTimeOriginal = bad, OffsetTimeOriginal = "+09:00", DateTimeDigitized = "2002:02:02 02:02:02" });
        Assert.Equal(new CapturedExif(new DateTime(2002, 2, 2, 2, 2, 2), null), facts.Exif);
    }

    [Theory]
    [InlineData(48.5, 2.25)]
    [InlineData(-33.8688, 151.2093)]
    [InlineData(40.7128, -74.006)]
    [InlineData(-22.9068, -43.1729)]
    public void Gps_references_sign_the_coordinates(double latitude, double longitude)
    {
        var gps = Read(new ExifData { Latitude = latitude, Longitude = longitude }).Gps!;
        Assert.Equal(latitude, gps.Latitude, 4);
        Assert.Equal(longitude, gps.Longitude, 4);
    }

    [Fact]
    public void Gps_at_zero_zero_is_no_place() => Assert.Null(Read(new ExifData { Latitude = 0, Longitude = 0 }).Gps);

    [Fact]
    public void Heic_and_png_carry_the_same_facts_as_jpeg()
    {
        var expected = new CapturedExif(new DateTime(2021, 3, 4, 5, 6, 7, 250), TimeSpan.FromHours(-3));
        foreach (var bytes in new[] { MediaFactory.HeicWithExif(), MediaFactory.Png(16, 16, 1, MediaFactory.HeicExif), MediaFactory.Jpeg(16, 16, 1, MediaFactory.HeicExif) })
        {
            var facts = MediaFactsReader.Read(new MemoryStream(bytes));
            Assert.Equal(expected, facts.Exif);
            Assert.Equal((-22.9068, -43.1729), (Math.Round(facts.Gps!.Latitude, 4), Math.Round(facts.Gps.Longitude, 4)));
            Assert.Equal(("Apple", "iPhone 12"), (facts.CameraMake, facts.CameraModel));
            Assert.Equal(expected, MediaFactsReader.ReadHead(new MemoryStream(bytes)).CaptureDate);
        }
    }

    [Fact]
    public void Reads_duration_and_creation_of_an_mp4()
    {
        var created = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.Zero);
        var facts = MediaFactsReader.Read(new MemoryStream(MediaFactory.Mp4(2.5, created, 1000, 1)));
        Assert.Equal(2.5, facts.DurationSeconds!.Value, 3);
        Assert.Equal(created, facts.MovieCreated);
        Assert.Equal(new CapturedExif(new DateTime(2021, 3, 4, 5, 6, 7), TimeSpan.Zero), facts.CaptureDate);
    }

    [Fact]
    public void An_unset_movie_creation_time_is_no_date() =>
        Assert.Null(MediaFactsReader.Read(new MemoryStream(MediaFactory.Mp4(2.5, DateTimeOffset.UnixEpoch, 1000, 1))).CaptureDate);

    [Fact]
    public void Garbage_gives_no_facts()
    {
        Assert.Equal(MediaFacts.None, MediaFactsReader.Read(new MemoryStream([1, 2, 3, 4, 5])));
        Assert.Equal(MediaFacts.None, MediaFactsReader.ReadHead(new MemoryStream([0xFF, 0xD8, 0xFF, 0xE1, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])));
        Assert.Null(MediaFactsReader.Read(new MemoryStream(MediaFactory.Jpeg(8, 8, 2))).CaptureDate);
    }

    [Theory]
    [InlineData("2020:01:02 03:04:05", "2020-01-02T03:04:05")]
    [InlineData("2020-01-02 03:04:05", "2020-01-02T03:04:05")]
    [InlineData("2020:01:02 03:04:05\0", "2020-01-02T03:04:05")]
    public void Exif_dates_parse_leniently(string text, string expected) =>
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ExifDateText.ParseDate(text));

    [Theory]
    [InlineData("+02:00", 120)]
    [InlineData("-0530", -330)]
    [InlineData("+05", 300)]
    [InlineData("Z", 0)]
    [InlineData("+99:00", null)]
    [InlineData("02:00", null)]
    public void Offsets_parse(string text, int? minutes) =>
        Assert.Equal(minutes is null ? null : TimeSpan.FromMinutes(minutes.Value), ExifDateText.ParseOffset(text));
}
