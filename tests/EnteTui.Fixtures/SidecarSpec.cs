using System.Globalization;
using System.Text.Json;

namespace EnteTui.Fixtures;

/// <summary>A Google media sidecar as Takeout writes it (timestamps are strings of epoch seconds).</summary>
public sealed record SidecarSpec(string Title)
{
    public string Description { get; init; } = "";

    public long? PhotoTakenTime { get; init; }

    public long CreationTime { get; init; } = 1_700_000_000;

    public (double Lat, double Lon)? GeoData { get; init; }

    public (double Lat, double Lon)? GeoDataExif { get; init; }

    public bool Favorited { get; init; }

    public bool Archived { get; init; }

    public bool Trashed { get; init; }

    /// <summary>The <c>url</c> as Google wrote it: null = a url of its own; <see cref="NoUrl"/> leaves the key out; "" or a shared value as real exports have them.</summary>
    public string? Url { get; init; }

    public const string NoUrl = "\u0000no url";

    public string ToJson()
    {
        var json = new Dictionary<string, object>
        {
            ["title"] = Title,
            ["description"] = Description,
            ["imageViews"] = "3",
            ["creationTime"] = Time(CreationTime),
            ["photoTakenTime"] = Time(PhotoTakenTime ?? 0),
            ["geoData"] = Geo(GeoData ?? (0, 0)),
            ["geoDataExif"] = Geo(GeoDataExif ?? (0, 0)),
            ["url"] = Url ?? "https://photos.google.com/photo/" + Title.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture) + (PhotoTakenTime ?? 0),
            ["googlePhotosOrigin"] = new { mobileUpload = new { deviceType = "ANDROID_PHONE" } },
        };
        if (Url == NoUrl)
        {
            json.Remove("url");
        }

        if (Favorited)
        {
            json["favorited"] = true;
        }

        if (Archived)
        {
            json["archived"] = true;
        }

        if (Trashed)
        {
            json["trashed"] = true;
        }

        return JsonSerializer.Serialize(json);
    }

    private static object Time(long seconds) => new
    {
        timestamp = seconds.ToString(CultureInfo.InvariantCulture),
        formatted = DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("MMM d, yyyy, h:mm:ss tt 'UTC'", CultureInfo.InvariantCulture),
    };

    private static object Geo((double Lat, double Lon) point) => new
    {
        latitude = point.Lat,
        longitude = point.Lon,
        altitude = 0.0,
        latitudeSpan = 0.0,
        longitudeSpan = 0.0,
    };
}
