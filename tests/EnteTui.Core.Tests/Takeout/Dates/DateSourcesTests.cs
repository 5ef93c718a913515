using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Dates;

/// <summary>EXIF (with offsets, naive as UTC or the given zone), file-name dates and folder dates.</summary>
public class DateSourcesTests
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    [Fact]
    public void Exif_date_time_original_with_offset_time_original()
    {
        var exif = ExifDateReader.ReadHead(new MemoryStream(ExifJpeg.Create(new DateTime(2019, 8, 15, 14, 15, 0), "+02:00")));
        Assert.Equal(new CapturedExif(new DateTime(2019, 8, 15, 14, 15, 0), TimeSpan.FromHours(2)), exif);
        Assert.Equal(DateTimeOffset.Parse("2019-08-15T12:15:00Z", System.Globalization.CultureInfo.InvariantCulture), LocalTimes.ToInstant(exif!.DateTime, exif.Offset, Rome).ToUniversalTime());
    }

    [Fact]
    public void A_naive_exif_time_is_utc_unless_a_zone_is_given()
    {
        var exif = ExifDateReader.ReadHead(new MemoryStream(ExifJpeg.Create(new DateTime(2019, 8, 15, 14, 15, 0))))!;
        Assert.Null(exif.Offset);
        Assert.Equal(TimeSpan.Zero, LocalTimes.ToInstant(exif.DateTime, exif.Offset, null).Offset);
        Assert.Equal(new DateTimeOffset(2019, 8, 15, 14, 15, 0, TimeSpan.FromHours(2)), LocalTimes.ToInstant(exif.DateTime, exif.Offset, Rome));
        Assert.Equal(new DateTimeOffset(2019, 1, 15, 14, 15, 0, TimeSpan.FromHours(1)), LocalTimes.ToInstant(new DateTime(2019, 1, 15, 14, 15, 0), null, Rome));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    public void Junk_has_no_exif_date(byte[] bytes) => Assert.Null(ExifDateReader.ReadHead(new MemoryStream(bytes)));

    [Fact]
    public void The_resolver_prefers_sidecar_then_exif_then_name_then_folder()
    {
        var resolver = new MediaDateResolver(null, TimeProvider.System);
        var sidecar = new EnteTui.Core.Takeout.Sidecars.SidecarData("a", null, DateTimeOffset.FromUnixTimeSeconds(100), null, null, null, false, false, false, [], null, false);
        var exif = new CapturedExif(new DateTime(2001, 1, 1), null);
        Assert.Equal(DateSource.Sidecar, resolver.Resolve(sidecar, exif, "IMG_20190815_141500.jpg", new DateTime(2019, 1, 1)).Source);
        Assert.Equal(DateSource.Exif, resolver.Resolve(sidecar with { TakenTime = null }, exif, "IMG_20190815_141500.jpg", null).Source);
        Assert.Equal(DateSource.FileName, resolver.Resolve(null, null, "IMG_20190815_141500.jpg", new DateTime(2019, 1, 1)).Source);
        var folder = resolver.Resolve(null, null, "IMG_1.jpg", new DateTime(2019, 1, 1));
        Assert.Equal((DateSource.Folder, new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero)), (folder.Source, folder.Value));
        Assert.Equal(ResolvedDate.None, resolver.Resolve(null, null, "IMG_1.jpg", null));
    }
}
