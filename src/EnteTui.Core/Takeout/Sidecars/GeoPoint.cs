namespace EnteTui.Core.Takeout.Sidecars;

/// <summary>
/// A capture location (sidecar <c>geoData</c>/<c>geoDataExif</c>, EXIF GPS). 0,0 is Google's and
/// Ente's "no location"; it, out-of-range and non-finite values are never a point (<see cref="Usable"/>).
/// </summary>
public sealed record GeoPoint(double Latitude, double Longitude, double? Altitude = null)
{
    /// <summary>The point when it is a real location, else null.</summary>
    public static GeoPoint? Usable(GeoPoint? point) =>
        point is { } p && !(p.Latitude == 0 && p.Longitude == 0) && double.IsFinite(p.Latitude) && double.IsFinite(p.Longitude)
            && Math.Abs(p.Latitude) <= 90 && Math.Abs(p.Longitude) <= 180
            ? p
            : null;
}
