using System.Diagnostics;
using System.Globalization;
using EnteTui.Tui;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Shell;
using EnteTui.Tui.Theme;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace EnteTui.Benchmarks;

/// <summary>
/// "TUI list of 10k albums": the real album screen in the real shell on Terminal.Gui's headless
/// ANSI driver (120x40), fed 10,000 albums from memory. Times, per run: load (the list arrives
/// until the first full frame), filter (typing "0999" after `/`, one frame per keystroke) and
/// render (one frame after PageDown). Prints the medians.
/// `dotnet run -c Release --project benchmarks/EnteTui.Benchmarks -- tui-albums [--albums N] [--runs N]`
/// </summary>
public static class TuiAlbumsBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        // The headless driver must never reach the terminal the benchmark runs in.
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        var count = Option(args, "--albums", 10_000);
        var runs = Option(args, "--runs", 7);
        var load = new List<double>();
        var filter = new List<double>();
        var render = new List<double>();
        for (var run = 0; run < runs + 1; run++)
        {
            var (l, f, r) = Measure(count);
            if (run > 0)
            {
                // The first run warms up the JIT and is not counted.
                load.Add(l);
                filter.Add(f);
                render.Add(r);
            }
        }

        Console.WriteLine($"TUI list of {count:N0} albums (album screen, 120x40 headless, median of {runs} runs):");
        Console.WriteLine($"  load (list arrives → first frame)     {Median(load),8:0.0} ms");
        Console.WriteLine($"  filter (4 keystrokes, a frame each)   {Median(filter),8:0.0} ms");
        Console.WriteLine($"  render (one frame after PageDown)     {Median(render),8:0.0} ms");
        return Task.FromResult(0);
    }

    private static (double Load, double Filter, double Render) Measure(int count)
    {
        var backend = new BenchAlbums(count);
        var services = new TuiServices(backend, backend, null!, null!);
        var clock = new VirtualTimeProvider();
        using var app = Application.Create(clock);
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(120, 40);
        var watch = Stopwatch.StartNew();
        var context = TuiRunner.Start(app, clock, services, ColorMode.Auto, BenchAlbums.Account, out var shell);
        using (shell)
        {
            var token = app.Begin(shell.Window);
            HeadlessTui.PumpUntil(app, clock, () => context.Navigator.Current is AlbumsScreen screen && screen.Source.Count == count, "The album list did not load", 60);
            var load = watch.Elapsed.TotalMilliseconds;

            var albums = (AlbumsScreen)context.Navigator.Current!;
            watch.Restart();
            app.InjectKey(new Key('/'));
            HeadlessTui.Pump(app);
            foreach (var c in "0999")
            {
                app.InjectKey(new Key(c));
                HeadlessTui.Pump(app);
            }

            var filter = watch.Elapsed.TotalMilliseconds;
            if (albums.Source.Count >= count)
            {
                throw new InvalidOperationException("The filter did not narrow the list.");
            }

            app.InjectKey(Key.Esc);
            HeadlessTui.Pump(app);
            var frames = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                watch.Restart();
                app.InjectKey(Key.PageDown);
                HeadlessTui.Pump(app);
                frames.Add(watch.Elapsed.TotalMilliseconds);
            }

            app.End(token!);
            return (load, filter, Median(frames));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
