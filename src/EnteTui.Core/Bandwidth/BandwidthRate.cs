namespace EnteTui.Core.Bandwidth;

/// <summary>
/// <c>--bwlimit RATE</c> in rclone's form: a number with an optional B, K, M, G or T suffix (1024
/// multiples, case-insensitive, bytes per second); a bare number is KiB/s as in rclone; `off` or 0 = no limit.
/// </summary>
public static class BandwidthRate
{
    /// <summary>Bytes per second, 0 for no limit; false when the text is not a rate.</summary>
    public static bool TryParse(string? text, out long bytesPerSecond)
    {
        bytesPerSecond = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var multiplier = char.ToUpperInvariant(text[^1]) switch
        {
            'B' => 1L,
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            'T' => 1L << 40,
            _ => 0,
        };
        var number = multiplier == 0 ? text : text[..^1];
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
        {
            return false;
        }

        var bytes = value * (multiplier == 0 ? 1024 : multiplier);
        if (bytes >= long.MaxValue / 2 || (bytes > 0 && bytes < 1))
        {
            return false;
        }

        bytesPerSecond = (long)bytes;
        return true;
    }

    public static string Describe(long bytesPerSecond) => bytesPerSecond switch
    {
        <= 0 => "off",
        >= 1L << 30 when bytesPerSecond % (1L << 30) == 0 => $"{bytesPerSecond >> 30}G",
        >= 1L << 20 when bytesPerSecond % (1L << 20) == 0 => $"{bytesPerSecond >> 20}M",
        >= 1L << 10 when bytesPerSecond % (1L << 10) == 0 => $"{bytesPerSecond >> 10}k",
        _ => $"{bytesPerSecond}B",
    };
}
