using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Fixtures;

/// <summary>
/// Moves a <see cref="FakeTimeProvider"/> forward in small steps while real work (HTTP, crypto) runs,
/// until a task completes: minutes of waiting pass in a few real seconds.
/// </summary>
public static class FakeClockDriver
{
    public static readonly TimeSpan DefaultStep = TimeSpan.FromMilliseconds(500);

    /// <param name="clock">The clock to move.</param>
    /// <param name="task">The work; done when it completes.</param>
    /// <param name="limit">Fake time after which the work counts as hung.</param>
    /// <param name="from">Optional: the clock stands still until this holds (e.g. until a wait begins).</param>
    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Task<T> task, TimeSpan limit, Func<bool>? from = null)
    {
        var end = clock.GetUtcNow() + limit;
        while (!task.IsCompleted)
        {
            if (clock.GetUtcNow() >= end)
            {
                throw new TimeoutException($"Still running after {limit} of fake time.");
            }

            if (from?.Invoke() ?? true)
            {
                clock.Advance(DefaultStep);
            }

            await Task.WhenAny(task, Task.Delay(10));
        }

        return await task;
    }

    public static Task RunAsync(FakeTimeProvider clock, Task task, TimeSpan limit, Func<bool>? from = null) =>
        RunAsync(clock, task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), limit, from);
}
