namespace EnteTui.Core.Media.Exif;

/// <summary>The text forms of EXIF dates, offsets and sub-seconds.</summary>
public static class ExifDateText
{
    private static readonly string[] DateFormats = ["yyyy:MM:dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy:MM:dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy:MM:dd"];

    /// <summary>
    /// `YYYY:MM:DD HH:MM:SS` (also with `-` separators), as written: no zone. Zero dates, years before
    /// 1800 and 4501-01-01 00:00:00 (a bogus default of some devices, which Ente's uploader also skips) are no date.
    /// </summary>
    public static DateTime? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('\0');
        var candidate = trimmed.Length > 19 && !trimmed.Contains('.', StringComparison.Ordinal) ? trimmed[..19] : trimmed;
        return DateTime.TryParseExact(candidate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed.Year > 1800 && parsed != new DateTime(4501, 1, 1)
            ? DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified)
            : null;
    }

    /// <summary>`+02:00`, `-0530`, `+05`, `Z`; null when absent or not an offset.</summary>
    public static TimeSpan? ParseOffset(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().TrimEnd('\0');
        if (t is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        if (t.Length < 3 || (t[0] != '+' && t[0] != '-'))
        {
            return null;
        }

        var digits = t[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
        {
            return null;
        }

        var (hours, minutes) = digits.Length == 2 ? (hhmm, 0) : (hhmm / 100, hhmm % 100);
        if (hours > 14 || minutes > 59)
        {
            return null;
        }

        var span = new TimeSpan(hours, minutes, 0);
        return t[0] == '-' ? -span : span;
    }

    /// <summary>SubSecTime* digits (`25` = 0.25 s), to 100 ns; anything else is zero.</summary>
    public static TimeSpan ParseSubSeconds(string? text)
    {
        var digits = text?.Trim().TrimEnd('\0').Trim();
        if (string.IsNullOrEmpty(digits) || !digits.All(char.IsAsciiDigit))
        {
            return TimeSpan.Zero;
        }

        var fraction = digits.Length >= 7 ? digits[..7] : digits.PadRight(7, '0');
        return TimeSpan.FromTicks(long.Parse(fraction, NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
