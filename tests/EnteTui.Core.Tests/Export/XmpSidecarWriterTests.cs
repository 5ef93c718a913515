using EnteTui.Core.Export;
using XmpCore;

namespace EnteTui.Core.Tests.Export;

public class XmpSidecarWriterTests
{
    [Fact]
    public void Writes_what_XmpCore_reads_back_with_the_offset_and_the_coordinate_form()
    {
        var taken = new DateTimeOffset(2021, 7, 20, 20, 17, 5, TimeSpan.FromHours(-3.5));
        var bytes = XmpSidecarWriter.Serialize(new XmpContent("IMG_0001.JPG", "At the beach", taken, 48.85837, -2.294481));

        var meta = XmpMetaFactory.ParseFromBuffer(bytes);

        Assert.Equal("IMG_0001.JPG", meta.GetLocalizedText(XmpConstants.NsDC, "title", null, XmpConstants.XDefault).Value);
        Assert.Equal("At the beach", meta.GetLocalizedText(XmpConstants.NsDC, "description", null, XmpConstants.XDefault).Value);
        Assert.Equal("2021-07-20T20:17:05-03:30", meta.GetPropertyString(XmpConstants.NsExif, "DateTimeOriginal"));
        Assert.Equal("48,51.502200N", meta.GetPropertyString(XmpConstants.NsExif, "GPSLatitude"));
        Assert.Equal("2,17.668860W", meta.GetPropertyString(XmpConstants.NsExif, "GPSLongitude"));
        Assert.Equal(bytes, XmpSidecarWriter.Serialize(new XmpContent("IMG_0001.JPG", "At the beach", taken, 48.85837, -2.294481)));
    }

    [Fact]
    public void Utc_is_written_with_Z_and_unknown_values_are_left_out()
    {
        var meta = XmpMetaFactory.ParseFromBuffer(XmpSidecarWriter.Serialize(new XmpContent("a.jpg", null, DateTimeOffset.UnixEpoch.AddDays(-1), null, null)));

        Assert.Equal("1969-12-31T00:00:00Z", meta.GetPropertyString(XmpConstants.NsExif, "DateTimeOriginal"));
        Assert.Null(meta.GetLocalizedText(XmpConstants.NsDC, "description", null, XmpConstants.XDefault));
        Assert.False(meta.DoesPropertyExist(XmpConstants.NsExif, "GPSLatitude"));
    }

    [Theory]
    [InlineData(0.5, "0,30.000000N")]
    [InlineData(-33.9, "33,54.000000S")]
    [InlineData(89.9999999999, "90,0.000000N")]
    public void Coordinates_are_whole_degrees_and_decimal_minutes(double degrees, string text) =>
        Assert.Equal(text, XmpCoordinate.Latitude(degrees));
}
