namespace EnteTui.Core.Import.Media;

/// <summary>A latitude/longitude pair. 0,0 is Google's and Ente's "no location".</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public bool IsEmpty => Latitude == 0 && Longitude == 0;

    public bool IsValid => !IsEmpty && double.IsFinite(Latitude) && double.IsFinite(Longitude)
        && Math.Abs(Latitude) <= 90 && Math.Abs(Longitude) <= 180;

    /// <summary>The point when it is a real location, else null.</summary>
    public static GeoPoint? Usable(GeoPoint? point) => point is { IsValid: true } p ? p : null;
}
