using System.Globalization;

namespace EnteTui.Reporting;

/// <summary>Human-readable sizes and durations for progress lines.</summary>
public static class ByteSize
{
    public static string Format(double bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        var unit = 0;
        while (bytes >= 1000 && unit < units.Length - 1)
        {
            bytes /= 1000;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{bytes:0.#} {units[unit]}");
    }

    public static string Format(TimeSpan? span) => span switch
    {
        null => "--:--",
        { TotalHours: >= 1 } s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.TotalHours}:{s.Minutes:00}:{s.Seconds:00}"),
        { } s => string.Create(CultureInfo.InvariantCulture, $"{s.Minutes:00}:{s.Seconds:00}"),
    };
}
