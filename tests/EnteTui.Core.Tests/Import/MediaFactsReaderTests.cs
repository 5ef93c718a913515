using EnteTui.Core.Import.Media;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Import;

public class MediaFactsReaderTests
{
    [Fact]
    public void Reads_what_the_fixture_exif_writer_wrote()
    {
        var jpeg = MediaFactory.Jpeg(64, 48, 1, new ExifData
        {
            DateTimeOriginal = "2019:05:12 14:30:22",
            OffsetTimeOriginal = "-03:30",
            Latitude = 48.858222,
            Longitude = -2.2945,
            Orientation = 6,
            Make = "Canon",
            Model = "EOS",
        });
        var facts = MediaFactsReader.Read(new MemoryStream(jpeg));
        Assert.Equal(new DateTime(2019, 5, 12, 14, 30, 22), facts.DateTimeOriginal);
        Assert.Equal(new TimeSpan(-3, -30, 0), facts.OffsetTimeOriginal);
        Assert.Equal(48.858222, facts.Gps!.Latitude, 5);
        Assert.Equal(-2.2945, facts.Gps!.Longitude, 5);
        Assert.Equal(6, facts.Orientation);
        Assert.Equal("Canon", facts.CameraMake);
    }

    [Fact]
    public void Reads_duration_and_creation_of_an_mp4()
    {
        var created = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.Zero);
        var facts = MediaFactsReader.Read(new MemoryStream(MediaFactory.Mp4(2.5, created, 1000, 1)));
        Assert.Equal(2.5, facts.DurationSeconds!.Value, 3);
        Assert.Equal(created, facts.CreationInstant);
    }

    [Fact]
    public void Garbage_gives_no_facts()
    {
        Assert.Equal(MediaFacts.None, MediaFactsReader.Read(new MemoryStream([1, 2, 3, 4, 5])));
        Assert.Null(MediaFactsReader.Read(new MemoryStream(MediaFactory.Jpeg(8, 8, 2))).DateTimeOriginal);
    }

    [Theory]
    [InlineData("0000:00:00 00:00:00", null)]
    [InlineData("2020:01:02 03:04:05", "2020-01-02T03:04:05")]
    [InlineData("2020-01-02 03:04:05", "2020-01-02T03:04:05")]
    public void Exif_dates_parse_leniently(string text, string? expected)
    {
        Assert.Equal(expected is null ? null : DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MediaFactsReader.ParseExifDate(text));
    }

    [Theory]
    [InlineData("+02:00", 120)]
    [InlineData("-0530", -330)]
    [InlineData("Z", 0)]
    [InlineData("+99:00", null)]
    public void Offsets_parse(string text, int? minutes)
    {
        Assert.Equal(minutes is null ? null : TimeSpan.FromMinutes(minutes.Value), MediaFactsReader.ParseOffset(text));
    }
}
