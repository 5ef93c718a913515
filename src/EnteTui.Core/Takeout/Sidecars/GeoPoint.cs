namespace EnteTui.Core.Takeout.Sidecars;

/// <summary>A location from a sidecar; 0,0 and out-of-range values never become a point.</summary>
public sealed record GeoPoint(double Latitude, double Longitude, double? Altitude);
