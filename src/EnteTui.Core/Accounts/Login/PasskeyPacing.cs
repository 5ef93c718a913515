namespace EnteTui.Core.Accounts.Login;

/// <summary>
/// When the passkey token may be asked for. museum allows 10 requests a minute per client and path on
/// `/users/two-factor/*` (a fixed window opened by the first request) and answers 429 without
/// `Retry-After` past it (spec §2.8). So: every <see cref="Interval"/> at most, never more than
/// <see cref="MaxChecksPerWindow"/> in any minute (two spare for latency between our clock and the
/// server's), and after a 429 a whole window of silence. A user's "check now" skips the interval only.
/// </summary>
internal sealed class PasskeyPacing
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(7);
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public const int MaxChecksPerWindow = 8;

    private readonly Queue<DateTimeOffset> recent = new();
    private DateTimeOffset lastCheck;
    private DateTimeOffset quietUntil;

    public PasskeyPacing(DateTimeOffset start) => lastCheck = start;

    public int Checks { get; private set; }

    /// <summary>The earliest time for the next check: scheduled, or (<paramref name="requested"/>) as soon as the limits allow.</summary>
    public DateTimeOffset Next(DateTimeOffset now, bool requested)
    {
        while (recent.Count > 0 && now - recent.Peek() >= Window)
        {
            recent.Dequeue();
        }

        var allowed = recent.Count < MaxChecksPerWindow ? now : recent.Peek() + Window;
        var next = Max(allowed, quietUntil);
        return requested ? next : Max(next, lastCheck + Interval);
    }

    public void Checked(DateTimeOffset at)
    {
        Checks++;
        lastCheck = at;
        recent.Enqueue(at);
    }

    /// <summary>museum said 429: its window opened at or before <paramref name="at"/>, so a full window later it has closed.</summary>
    public void RateLimited(DateTimeOffset at) => quietUntil = at + Window;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
