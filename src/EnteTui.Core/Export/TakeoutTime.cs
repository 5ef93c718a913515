namespace EnteTui.Core.Export;

/// <summary>Google Takeout's `{timestamp, formatted}` time: epoch seconds as a string, floored (negative before 1970).</summary>
public static class TakeoutTime
{
    public static long FloorSeconds(long micros) => (long)Math.Floor(micros / 1_000_000m);

    public static string Formatted(long seconds)
    {
        if (seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return "";
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("MMM d, yyyy, h:mm:ss tt 'UTC'", CultureInfo.InvariantCulture);
    }
}
