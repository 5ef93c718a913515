using Terminal.Gui.App;
using Terminal.Gui.Time;

namespace EnteTui.Benchmarks;

/// <summary>Drives a headless Terminal.Gui app for the TUI benchmarks: run due timers, then lay out and draw one frame.</summary>
internal static class HeadlessTui
{
    public static void Pump(IApplication app)
    {
        for (var i = 0; i < 3; i++)
        {
            (app.TimedEvents as TimedEvents)?.RunTimers();
        }

        app.LayoutAndDraw();
    }

    /// <summary>Advances the virtual clock 10 ms per frame until <paramref name="done"/>; throws after <paramref name="seconds"/> of real time.</summary>
    public static void PumpUntil(IApplication app, VirtualTimeProvider clock, Func<bool> done, string what, int seconds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} within {seconds} s.");
            }

            clock.Advance(TimeSpan.FromMilliseconds(10));
            Pump(app);
        }

        app.LayoutAndDraw();
    }
}
