namespace EnteTui.Core.Takeout.Sidecars;

/// <summary>Lenient readers for sidecar values: numbers as strings or numbers, booleans as text, 0 as unknown.</summary>
internal static class JsonValues
{
    public static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool Bool(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            return false;
        }

        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => bool.TryParse(v.GetString(), out var b) && b,
            JsonValueKind.Number => v.TryGetInt64(out var n) && n != 0,
            _ => false,
        };
    }

    public static double? Double(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d))
        {
            return double.IsFinite(d) ? d : null;
        }

        return v.ValueKind == JsonValueKind.String
            && double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && double.IsFinite(s) ? s : null;
    }

    /// <summary><c>{"timestamp": "1695394176"}</c> (or a number) as an instant; 0 and junk are unknown.</summary>
    public static DateTimeOffset? Timestamp(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var block) || block.ValueKind != JsonValueKind.Object
            || !block.TryGetProperty("timestamp", out var ts))
        {
            return null;
        }

        long seconds;
        if (ts.ValueKind == JsonValueKind.Number)
        {
            if (!ts.TryGetInt64(out seconds))
            {
                if (!ts.TryGetDouble(out var d) || !double.IsFinite(d) || Math.Abs(d) > long.MaxValue / 2.0)
                {
                    return null;
                }

                seconds = (long)Math.Floor(d);
            }
        }
        else if (ts.ValueKind != JsonValueKind.String
            || !long.TryParse(ts.GetString()?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seconds))
        {
            return null;
        }

        const long Min = -62135596800L;
        const long Max = 253402300799L;
        return seconds == 0 || seconds < Min || seconds > Max ? null : DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    public static GeoPoint? Geo(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var geo) || geo.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return Double(geo, "latitude") is { } latitude && Double(geo, "longitude") is { } longitude
            ? GeoPoint.Usable(new GeoPoint(latitude, longitude, Double(geo, "altitude")))
            : null;
    }
}
