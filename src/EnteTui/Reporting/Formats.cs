namespace EnteTui.Reporting;

/// <summary>
/// The one place numbers become text for people, on the command line and in the TUI: sizes, rates,
/// durations ("18 s", "4 min 05 s", "2 h 10 min"), "3 days ago".
/// </summary>
public static class Formats
{
    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Shown where a duration is not known yet (an ETA before any byte moved).</summary>
    public const string UnknownDuration = "--";

    public static string Bytes(double bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        var value = Math.Max(0, bytes);
        var unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return unit == 0 ? $"{(long)value} B" : value.ToString(value < 10 ? "0.0" : "0", Culture) + " " + units[unit];
    }

    public static string Rate(double bytesPerSecond) => Bytes(bytesPerSecond) + "/s";

    public static string Duration(TimeSpan? span)
    {
        if (span is not { } s)
        {
            return UnknownDuration;
        }

        var seconds = (long)Math.Max(0, Math.Round(s.TotalSeconds));
        return seconds switch
        {
            < 60 => $"{seconds} s",
            < 3600 => $"{seconds / 60} min {seconds % 60:00} s",
            _ => $"{seconds / 3600} h {seconds / 60 % 60:00} min",
        };
    }

    public static string Ago(DateTimeOffset when) => Ago(when, DateTimeOffset.Now);

    public static string Ago(DateTimeOffset when, DateTimeOffset now)
    {
        var age = now - when;
        return age.TotalMinutes < 1 ? "just now"
            : age.TotalHours < 1 ? $"{(int)age.TotalMinutes} min ago"
            : age.TotalDays < 1 ? $"{(int)age.TotalHours} h ago"
            : age.TotalDays < 60 ? $"{(int)age.TotalDays} days ago"
            : when.ToLocalTime().ToString("yyyy-MM-dd", Culture);
    }

    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>"1 entry", "2 entries": the count with the noun that fits it.</summary>
    public static string Count(long value, string one, string many) => $"{Count(value)} {(value == 1 ? one : many)}";
}
