namespace EnteTui.Core.Selection;

/// <summary>
/// <c>--since</c> / <c>--until</c>: a capture-time window, both ends inclusive. A date alone covers its
/// whole day and a date-time its whole second; a value without a UTC offset is read as UTC.
/// </summary>
public sealed record CaptureRange(DateTimeOffset? Since, DateTimeOffset? Until)
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static CaptureRange All { get; } = new(null, null);

    public bool IsBounded => Since is not null || Until is not null;

    /// <summary>Whether a capture time (epoch µs) is inside the window.</summary>
    public bool Contains(long micros) => Contains(DateTimeOffset.UnixEpoch.AddTicks(Math.Clamp(micros, -62_135_596_800_000_000, 253_402_300_799_000_000) * 10));

    public bool Contains(DateTimeOffset time) => (Since is not { } since || time >= since) && (Until is not { } until || time <= until);

    /// <summary>An unknown capture time is inside only an unbounded window.</summary>
    public bool Contains(DateTimeOffset? time) => time is { } t ? Contains(t) : !IsBounded;

    /// <summary>Parses both options (null or empty = open end); the problem is one line naming the option.</summary>
    public static bool TryParse(string? since, string? until, out CaptureRange range, out string problem)
    {
        range = All;
        problem = "";
        DateTimeOffset? from = null;
        DateTimeOffset? to = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (TryParseBound(since, end: false) is not { } value)
            {
                problem = $"--since must be an ISO date or date-time (2024-05-01, 2024-05-01T08:30:00, 2024-05-01T08:30:00+02:00), not '{since}'.";
                return false;
            }

            from = value;
        }

        if (!string.IsNullOrWhiteSpace(until))
        {
            if (TryParseBound(until, end: true) is not { } value)
            {
                problem = $"--until must be an ISO date or date-time (2024-05-31, 2024-05-31T18:00:00, 2024-05-31T18:00:00+02:00), not '{until}'.";
                return false;
            }

            to = value;
        }

        if (from > to)
        {
            problem = "--since must not be later than --until.";
            return false;
        }

        range = new CaptureRange(from, to);
        return true;
    }

    /// <summary>The first (start) or last (end) instant the text names.</summary>
    private static DateTimeOffset? TryParseBound(string text, bool end)
    {
        text = text.Trim();
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, Styles, out var day))
        {
            var start = new DateTimeOffset(DateTime.SpecifyKind(day, DateTimeKind.Utc));
            return end ? start.AddDays(1).AddTicks(-1) : start;
        }

        if (!DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return null;
        }

        var wholeSecond = time.Ticks % TimeSpan.TicksPerSecond == 0;
        return end && wholeSecond ? time.AddSeconds(1).AddTicks(-1) : time;
    }
}
