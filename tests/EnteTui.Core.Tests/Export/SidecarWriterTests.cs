using System.Text;
using System.Text.Json;
using EnteTui.Core.Export;

namespace EnteTui.Core.Tests.Export;

public class SidecarWriterTests
{
    [Fact]
    public void Writes_the_takeout_schema_with_the_ente_object()
    {
        var bytes = SidecarWriter.Serialize(new SidecarContent("IMG_1.HEIC", "Beach", 1_700_000_000_123_456, 1_700_000_100_000_000, 48.85, 2.35, 7, 8, 9, "hash", ["IMG_1.heic", "IMG_1.mov"]));
        using var doc = JsonDocument.Parse(bytes);
        var root = doc.RootElement;
        Assert.Equal("IMG_1.HEIC", root.GetProperty("title").GetString());
        Assert.Equal("Beach", root.GetProperty("description").GetString());
        Assert.Equal("1700000000", root.GetProperty("photoTakenTime").GetProperty("timestamp").GetString());
        Assert.Equal("Nov 14, 2023, 10:13:20 PM UTC", root.GetProperty("photoTakenTime").GetProperty("formatted").GetString());
        Assert.Equal("1700000000", root.GetProperty("creationTime").GetProperty("timestamp").GetString());
        Assert.Equal("1700000100", root.GetProperty("modificationTime").GetProperty("timestamp").GetString());
        Assert.Equal(48.85, root.GetProperty("geoData").GetProperty("latitude").GetDouble());
        Assert.Equal(0, root.GetProperty("geoData").GetProperty("altitude").GetDouble());
        var ente = root.GetProperty("ente");
        Assert.Equal(7, ente.GetProperty("fileID").GetInt64());
        Assert.Equal(8, ente.GetProperty("collectionID").GetInt64());
        Assert.Equal(9, ente.GetProperty("ownerID").GetInt64());
        Assert.Equal("hash", ente.GetProperty("hash").GetString());
        Assert.Equal(["IMG_1.heic", "IMG_1.mov"], ente.GetProperty("fileNames").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public void Unknown_location_is_zeros_and_missing_caption_is_empty()
    {
        var json = Encoding.UTF8.GetString(SidecarWriter.Serialize(new SidecarContent("a.jpg", null, 0, 0, null, null, 1, 2, 3, null, ["a.jpg"])));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("", doc.RootElement.GetProperty("description").GetString());
        foreach (var key in new[] { "latitude", "longitude", "altitude", "latitudeSpan", "longitudeSpan" })
        {
            Assert.Equal(0, doc.RootElement.GetProperty("geoData").GetProperty(key).GetDouble());
        }
    }

    [Theory]
    [InlineData(-1, "-1")]
    [InlineData(-1_000_000, "-1")]
    [InlineData(-1_000_001, "-2")]
    [InlineData(999_999, "0")]
    public void Timestamps_are_floored_seconds(long micros, string expected)
    {
        Assert.Equal(expected, TakeoutTime.FloorSeconds(micros).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
