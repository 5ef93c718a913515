using System.Globalization;

namespace EnteTui.Tui.Shell;

/// <summary>Numbers as people read them: sizes, rates, durations, "3 days ago".</summary>
public static class Formats
{
    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return unit == 0 ? $"{bytes} B" : value.ToString(value < 10 ? "0.0" : "0", Culture) + " " + units[unit];
    }

    public static string Rate(double bytesPerSecond) => Bytes((long)bytesPerSecond) + "/s";

    public static string Duration(TimeSpan span)
    {
        if (span.TotalSeconds < 60)
        {
            return $"{Math.Max(0, (int)span.TotalSeconds)}s";
        }

        if (span.TotalMinutes < 60)
        {
            return $"{(int)span.TotalMinutes}m{span.Seconds:00}s";
        }

        return $"{(int)span.TotalHours}h{span.Minutes:00}m";
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
}
