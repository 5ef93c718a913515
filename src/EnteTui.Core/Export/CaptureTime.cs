namespace EnteTui.Core.Export;

/// <summary>A library row's effective capture time as a point in time, in the capture place's UTC offset when the row knows it.</summary>
public static class CaptureTime
{
    /// <summary>Years 0002 to 9998 in epoch µs: room for any UTC offset either side.</summary>
    private const long MinMicros = -62_104_060_800_000_000;
    private const long MaxMicros = 253_339_228_800_000_000;

    /// <summary>Null when the time is outside what a calendar date can show.</summary>
    public static DateTimeOffset? Of(LibraryFile row)
    {
        var micros = row.EffectiveTime;
        if (micros is < MinMicros or > MaxMicros)
        {
            return null;
        }

        var utc = DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
        return Offset(row.OffsetTime) is { } offset ? utc.ToOffset(offset) : utc;
    }

    /// <summary>`+05:30`, `-08:00` or `Z`; anything else is unknown.</summary>
    public static TimeSpan? Offset(string? text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        if (text is not { Length: 6 } || text[0] is not ('+' or '-')
            || !TimeSpan.TryParseExact(text[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var value) || value > TimeSpan.FromHours(14))
        {
            return null;
        }

        return text[0] == '-' ? -value : value;
    }
}
