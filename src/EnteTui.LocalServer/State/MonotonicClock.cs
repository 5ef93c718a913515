namespace EnteTui.LocalServer.State;

/// <summary>
/// Epoch microseconds that never repeat and never go back, even across restarts (the last value
/// is stored), so every write gets a strictly larger updationTime. Call it inside a write.
/// </summary>
internal sealed class MonotonicClock
{
    private const string Key = "clock";
    private readonly ServerDatabase db;
    private long last;

    public MonotonicClock(ServerDatabase db)
    {
        this.db = db;
        Reload();
    }

    public static long WallMicroseconds => Micros(DateTimeOffset.UtcNow);

    /// <summary>An instant as epoch microseconds, the unit of every time the server stores and sends.</summary>
    public static long Micros(DateTimeOffset time) => (time.UtcDateTime - DateTime.UnixEpoch).Ticks / 10;

    /// <summary>The latest value handed out.</summary>
    public long Last => last;

    public long Next()
    {
        last = Math.Max(WallMicroseconds, last + 1);
        db.Meta.Upsert(new MetaRecord { Id = Key, Number = last });
        return last;
    }

    public void Reload() => last = db.Meta.FindById(Key)?.Number ?? 0;
}
