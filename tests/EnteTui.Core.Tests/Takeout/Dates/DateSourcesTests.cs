using EnteTui.Core.Media.Exif;
using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Takeout.Sidecars;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Takeout.Dates;

/// <summary>EXIF (with offsets, naive as UTC or the given zone), file-name dates and folder dates.</summary>
public class DateSourcesTests
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    [Fact]
    public void Exif_date_time_original_with_offset_time_original()
    {
        var exif = MediaFactsReader.ReadHead(new MemoryStream(MediaFactory.Jpeg(8, 8, 1, ExifData.Taken(new DateTime(2019, 8, 15, 14, 15, 0), "+02:00")))).CaptureDate;
        Assert.Equal(new CapturedExif(new DateTime(2019, 8, 15, 14, 15, 0), TimeSpan.FromHours(2)), exif);
        Assert.Equal(DateTimeOffset.Parse("2019-08-15T12:15:00Z", System.Globalization.CultureInfo.InvariantCulture), LocalTimes.ToInstant(exif!.DateTime, exif.Offset, Rome).ToUniversalTime());
    }

    [Fact]
    public void A_naive_exif_time_is_utc_unless_a_zone_is_given()
    {
        var exif = MediaFactsReader.ReadHead(new MemoryStream(MediaFactory.Jpeg(8, 8, 1, ExifData.Taken(new DateTime(2019, 8, 15, 14, 15, 0))))).CaptureDate!;
        Assert.Null(exif.Offset);
        Assert.Equal(TimeSpan.Zero, LocalTimes.ToInstant(exif.DateTime, exif.Offset, null).Offset);
        Assert.Equal(new DateTimeOffset(2019, 8, 15, 14, 15, 0, TimeSpan.FromHours(2)), LocalTimes.ToInstant(exif.DateTime, exif.Offset, Rome));
        Assert.Equal(new DateTimeOffset(2019, 1, 15, 14, 15, 0, TimeSpan.FromHours(1)), LocalTimes.ToInstant(new DateTime(2019, 1, 15, 14, 15, 0), null, Rome));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    public void Junk_has_no_exif_date(byte[] bytes) => Assert.Null(MediaFactsReader.ReadHead(new MemoryStream(bytes)).CaptureDate);

    [Fact]
    public void The_resolver_prefers_sidecar_then_exif_then_name_then_folder()
    {
        var resolver = new MediaDateResolver(null, TimeProvider.System);
        var sidecar = new SidecarData("a", null, DateTimeOffset.FromUnixTimeSeconds(100), null, null, null, false, false, false, [], null, false);
        var exif = new CapturedExif(new DateTime(2001, 1, 1), null);
        Assert.Equal(DateSource.Sidecar, resolver.Resolve(sidecar, exif, "IMG_20190815_141500.jpg", new DateTime(2019, 1, 1)).Source);
        Assert.Equal(DateSource.Exif, resolver.Resolve(sidecar with { TakenTime = null }, exif, "IMG_20190815_141500.jpg", null).Source);
        Assert.Equal(DateSource.FileName, resolver.Resolve(null, null, "IMG_20190815_141500.jpg", new DateTime(2019, 1, 1)).Source);
        var folder = resolver.Resolve(null, null, "IMG_1.jpg", new DateTime(2019, 1, 1));
        Assert.Equal((DateSource.Folder, new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero)), (folder.Source, folder.Value));
        Assert.Equal(ResolvedDate.None, resolver.Resolve(null, null, "IMG_1.jpg", null));
    }

    [Fact]
    public void The_sidecar_upload_time_comes_after_the_file_name_and_only_within_the_year_folder()
    {
        var resolver = new MediaDateResolver(null, TimeProvider.System);
        var upload = new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var sidecar = new SidecarData("a", null, null, upload, null, null, false, false, false, [], null, false);
        Assert.Equal(new ResolvedDate(upload, DateSource.SidecarCreationTime), resolver.Resolve(sidecar, null, "IMG_1.jpg", new DateTime(2021, 1, 1)));
        Assert.Equal(new ResolvedDate(upload, DateSource.SidecarCreationTime), resolver.Resolve(sidecar, null, "IMG_1.jpg", null));
        Assert.Equal(DateSource.Folder, resolver.Resolve(sidecar, null, "IMG_1.jpg", new DateTime(2015, 1, 1)).Source);
        Assert.Equal(DateSource.FileName, resolver.Resolve(sidecar, null, "IMG_20190815_141500.jpg", new DateTime(2021, 1, 1)).Source);
        Assert.Equal(DateSource.Exif, resolver.Resolve(sidecar, new CapturedExif(new DateTime(2001, 1, 1), null), "IMG_1.jpg", null).Source);
    }

    [Fact]
    public void A_sidecar_picked_later_dates_the_file_in_the_same_order()
    {
        var upload = new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var picked = new SidecarData("a", null, null, upload, null, null, false, false, false, [], null, false);
        var folder = new ResolvedDate(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), DateSource.Folder);
        var named = new ResolvedDate(new DateTimeOffset(2019, 8, 15, 14, 15, 0, TimeSpan.Zero), DateSource.FileName);
        Assert.Equal(new ResolvedDate(upload, DateSource.SidecarCreationTime), MediaDateResolver.WithSidecar(folder, picked, new DateTime(2021, 1, 1)));
        Assert.Equal(folder, MediaDateResolver.WithSidecar(folder, picked, new DateTime(2015, 1, 1)));
        Assert.Equal(named, MediaDateResolver.WithSidecar(named, picked, new DateTime(2021, 1, 1)));
        Assert.Equal(new ResolvedDate(upload, DateSource.Sidecar), MediaDateResolver.WithSidecar(named, picked with { TakenTime = upload }, null));
    }
}
