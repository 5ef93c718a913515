using EnteTui.Core.Takeout.Sidecars;

namespace EnteTui.Core.Tests.Takeout.Sidecars;

/// <summary>The one rule for a usable location (sidecars, EXIF GPS, import metadata).</summary>
public class GeoPointTests
{
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(90.5, 10.0)]
    [InlineData(-91.0, 10.0)]
    [InlineData(10.0, 180.5)]
    [InlineData(double.NaN, 10.0)]
    [InlineData(10.0, double.PositiveInfinity)]
    public void These_are_no_location(double latitude, double longitude) =>
        Assert.Null(GeoPoint.Usable(new GeoPoint(latitude, longitude)));

    [Theory]
    [InlineData(45.5, 9.25)]
    [InlineData(-90.0, 180.0)]
    [InlineData(0.0, 12.5)]
    public void Real_locations_are_kept(double latitude, double longitude) =>
        Assert.Equal(new GeoPoint(latitude, longitude), GeoPoint.Usable(new GeoPoint(latitude, longitude)));
}
