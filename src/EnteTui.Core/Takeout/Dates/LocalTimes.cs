namespace EnteTui.Core.Takeout.Dates;

/// <summary>Turns wall-clock times without an offset into instants: UTC unless a time zone is given.</summary>
public static class LocalTimes
{
    public static DateTimeOffset ToInstant(DateTime wallClock, TimeSpan? offset, TimeZoneInfo? zone)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (offset is { } known)
        {
            return new DateTimeOffset(unspecified, known);
        }

        return zone is null ? new DateTimeOffset(unspecified, TimeSpan.Zero) : new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
