namespace EnteTui.Cli.Export;

/// <summary>Parses `--interval` values: `90` or `90s`, `5m`, `2h`, or a TimeSpan like `00:05:00`.</summary>
public static class IntervalParser
{
    public static bool TryParse(string? text, out TimeSpan interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim().ToLowerInvariant();
        var unit = text[^1] switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, _ => 0 };
        var number = unit == 0 ? text : text[..^1];
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            interval = TimeSpan.FromSeconds(value * (unit == 0 ? 1 : unit));
            return true;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out interval) && interval > TimeSpan.Zero;
    }
}
