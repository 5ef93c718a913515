using System.Globalization;
using System.Text;
using System.Text.Json;

using EnteTui.Core.Takeout.Matching;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>Realistic sidecar and album JSON for test archives.</summary>
public static class SidecarJson
{
    public static byte[] Media(string title, long takenSeconds, double latitude = 0, double longitude = 0, string? description = null, bool favorited = false) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["title"] = title,
            ["description"] = description ?? "",
            ["imageViews"] = "3",
            ["creationTime"] = new { timestamp = "1700000000", formatted = "Nov 14, 2023, 10:13:20 PM UTC" },
            ["photoTakenTime"] = new { timestamp = takenSeconds.ToString(CultureInfo.InvariantCulture), formatted = "whatever UTC" },
            ["geoData"] = new { latitude, longitude, altitude = 0.0, latitudeSpan = 0.0, longitudeSpan = 0.0 },
            ["url"] = "https://photos.google.com/photo/" + Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(title + takenSeconds))),
            ["favorited"] = favorited ? true : null,
        }));

    /// <summary>Google's current album file: title, description, access, date, location and a zero geoData (takeout-notes §2.1).</summary>
    public static byte[] Album(string title) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            title,
            description = "",
            access = "protected",
            date = new { timestamp = "1600000000", formatted = "Sep 13, 2020, 12:26:40 PM UTC" },
            location = "",
            geoData = new { latitude = 0.0, longitude = 0.0, altitude = 0.0, latitudeSpan = 0.0, longitudeSpan = 0.0 },
        }));

    /// <summary>The title a sidecar name suggests (its name without <c>.json</c>, number and supplemental suffix).</summary>
    public static string TitleFromName(string sidecarName) => NearMissesCore(sidecarName);

    /// <summary>A stable fake capture time per path, so every sidecar has its own.</summary>
    public static long TakenFor(string path) => 1_300_000_000L + (Math.Abs(path.GetHashCode(StringComparison.Ordinal)) % 300_000_000);

    private static string NearMissesCore(string sidecarName)
    {
        var body = sidecarName[..^5];
        var (start, number) = MediaName.FindTrailingNumber(body);
        if (number is not null)
        {
            body = body[..start];
        }

        var dot = body.LastIndexOf('.');
        if (dot >= 0 && dot + 1 < body.Length && "supplemental-metadata".StartsWith(body[(dot + 1)..], StringComparison.Ordinal))
        {
            body = body[..dot];
        }

        return body.TrimEnd('.');
    }
}
