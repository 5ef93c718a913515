using System.Diagnostics;
using System.Globalization;
using EnteTui.Tui;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.TakeoutWizard;
using EnteTui.Tui.Shell;
using EnteTui.Tui.Theme;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace EnteTui.Benchmarks;

/// <summary>
/// "The wizard at lifetime-library size": the real Takeout wizard in the real shell on the headless
/// ANSI driver (120x40) over a report of 50 parts and 50,000 unmatched media, with the real sidecar
/// search over 500,000 sidecars. Times, per run: summary (report arrives → its frame), resolve (Enter
/// → the list's frame), each keystroke of a search (key → its frame; the search itself runs off the UI
/// thread) and the time until the last keystroke's results are on screen. Prints the medians.
/// `dotnet run -c Release --project benchmarks/EnteTui.Benchmarks -- tui-wizard [--sidecars N] [--unmatched N] [--runs N]`
/// </summary>
public static class TuiWizardBenchmark
{
    private const string Query = "IMG_01234";

    public static Task<int> RunAsync(string[] args)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        var sidecars = Option(args, "--sidecars", 500_000);
        var unmatched = Option(args, "--unmatched", 50_000);
        var runs = Option(args, "--runs", 5);
        var backend = new BenchTakeout(sidecars, unmatched);
        var summary = new List<double>();
        var resolve = new List<double>();
        var keystroke = new List<double>();
        var results = new List<double>();
        for (var run = 0; run < runs + 1; run++)
        {
            var (s, r, k, found) = Measure(backend);
            if (run > 0)
            {
                // The first run warms up the JIT and is not counted.
                summary.Add(s);
                resolve.Add(r);
                keystroke.AddRange(k);
                results.Add(found);
            }
        }

        Console.WriteLine(Text($"TUI Takeout wizard with {backend.Sidecars:N0} sidecars and {unmatched:N0} unmatched media (120x40 headless, median of {runs} runs), load {LoadAverage.Now()}:"));
        Console.WriteLine(Text($"  summary (report arrives → first frame)       {Median.Of(summary),8:0.0} ms"));
        Console.WriteLine(Text($"  resolve list (Enter → frame)                 {Median.Of(resolve),8:0.0} ms"));
        Console.WriteLine(Text($"  sidecar search, keystroke → frame (median)   {Median.Of(keystroke),8:0.0} ms, slowest {keystroke.Max():0.0} ms (target < 100 ms)"));
        Console.WriteLine(Text($"  sidecar search, last keystroke → results     {Median.Of(results),8:0.0} ms ({Query.Length} keystrokes of \"{Query}\")"));
        return Task.FromResult(0);
    }

    private static (double Summary, double Resolve, List<double> Keystrokes, double Results) Measure(BenchTakeout takeout)
    {
        var albums = new BenchAlbums(10);
        var services = new TuiServices(albums, albums, null!, takeout);
        var clock = new VirtualTimeProvider();
        using var app = Application.Create(clock);
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(120, 40);
        var context = TuiRunner.Start(app, clock, services, ColorMode.Auto, BenchAlbums.Account, out var shell);
        using (shell)
        {
            var token = app.Begin(shell.Window);
            HeadlessTui.PumpUntil(app, clock, () => context.Navigator.Current is AlbumsScreen, "The wizard did not get there", 120);
            app.InjectKey(Key.T);
            HeadlessTui.Pump(app);
            var wizard = (TakeoutWizardScreen)context.Navigator.Current!;
            wizard.SetParts(Enumerable.Range(1, 50).Select(p => Text($"/takeout/takeout-{p:000}.zip")).ToList());
            var watch = Stopwatch.StartNew();
            wizard.StartScan();
            HeadlessTui.PumpUntil(app, clock, () => wizard.Stage == WizardStage.Summary, "The wizard did not get there", 120);
            var summary = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            app.InjectKey(Key.Enter);
            HeadlessTui.Pump(app);
            var resolve = watch.Elapsed.TotalMilliseconds;
            if (wizard.Stage != WizardStage.Resolve)
            {
                throw new InvalidOperationException("Enter on the summary did not open the resolve list.");
            }

            app.InjectKey(Key.S);
            HeadlessTui.Pump(app);
            var search = (SidecarSearchOverlay)context.Overlays.Top!;
            search.Query.Text = "";
            HeadlessTui.Pump(app);
            var keystrokes = new List<double>();
            foreach (var c in Query)
            {
                watch.Restart();
                app.InjectKey(new Key(c));
                HeadlessTui.Pump(app);
                keystrokes.Add(watch.Elapsed.TotalMilliseconds);
            }

            watch.Restart();
            HeadlessTui.PumpUntil(app, clock, () => search.Results.Count > 0 && search.Results.All(r => r.Path.Contains(Query, StringComparison.OrdinalIgnoreCase)), "The wizard did not get there", 120);
            var results = watch.Elapsed.TotalMilliseconds;
            app.End(token!);
            return (summary, resolve, keystrokes, results);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
