using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Fixtures;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports the timers code under test starts, so a test
/// advances the clock once the wait it checks has begun (never by sleeping).
/// </summary>
public sealed class TimerWatchingClock : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> started = new();
    private readonly SemaphoreSlim signal = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        started.Enqueue(dueTime);
        signal.Release();
        return timer;
    }

    /// <summary>Waits until a timer due in exactly <paramref name="dueTime"/> has been started (other timers are passed over).</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await signal.WaitAsync(guard.Token);
            while (started.TryDequeue(out var due))
            {
                if (due == dueTime)
                {
                    return;
                }
            }
        }
    }
}
