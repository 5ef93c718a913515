using System.Globalization;
using System.Text.RegularExpressions;

namespace EnteTui.Benchmarks;

/// <summary>
/// `takeout-scan`: generates a split Takeout (100,000 entries over 10 parts, zip and tgz, realistic
/// mangled names, sidecars in other parts than their media; `--quick`: 20,000), then times
/// `ente-tui takeout scan` in a separate process and samples its peak RSS. Prints medians over
/// several runs, for a cold scan (`--no-cache`) and a rescan that takes the cached listings.
/// `--generate-only` writes the parts, prints their paths and keeps them. `--entries N --parts P`:
/// the lifetime-library row over a generated corpus cached on disk (see <see cref="RunLargeAsync"/>).
/// </summary>
internal static partial class TakeoutScanBenchmark
{
    private const int Parts = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.FirstOrDefault() == "--phases")
        {
            return ScanPhases.Run(args[1..]);
        }

        if (args.FirstOrDefault() == "--plan-phases")
        {
            return PlanPhases.Run(args[1..]);
        }

        if (Option(args, "--entries") is { } large)
        {
            return await RunLargeAsync(large, Option(args, "--parts") ?? 50, Option(args, "--runs") ?? 1);
        }

        var quick = args.Contains("--quick");
        var entries = quick ? 20_000 : 100_000;
        var runs = args.Contains("--generate-only") ? 0 : quick ? 3 : 5;
        var work = Directory.CreateTempSubdirectory("ente-scan-bench-").FullName;
        try
        {
            List<string> parts;
            using (var writer = TakeoutScanCorpus.Write(Path.Combine(work, "takeout"), entries, Parts))
            {
                parts = writer.Paths;
                entries = writer.Entries;
            }

            PrintHeader(quick ? "quick" : "full", entries, parts);
            if (runs == 0)
            {
                Console.WriteLine(string.Join(' ', parts));
                work = "";
                return 0;
            }

            var home = Path.Combine(work, "home");
            var cold = await MeasureAsync(home, runs, ["takeout", "scan", .. parts, "--no-cache", "--list", "0"]);
            Print("cold scan (--no-cache)", cold);
            var cached = await MeasureAsync(home, runs, ["takeout", "scan", .. parts, "--list", "0"]);
            Print("rescan (cached listings)", cached);
            Console.WriteLine($"load after: {Load()}");
            var met = cold.Seconds < 10 && cold.PeakMb < 400;
            Console.WriteLine(met ? "target met (< 10 s, < 400 MB)" : "TARGET MISSED (< 10 s, < 400 MB)");
            return 0;
        }
        finally
        {
            if (work.Length > 0)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>
    /// `--entries N [--parts P] [--runs R]`: the lifetime-library row (issue 18) over a corpus cached on
    /// disk: a cold `takeout scan --json` (the report written too), a rescan, and `takeout import --dry-run`
    /// without and with `--json` (the plan streamed to stdout).
    /// </summary>
    private static async Task<int> RunLargeAsync(int entries, int partCount, int runs)
    {
        var (parts, written) = CachedTakeoutCorpus.Get(entries, partCount);
        PrintHeader("large, corpus cached on disk", written, parts);
        var work = Directory.CreateTempSubdirectory("ente-scan-bench-").FullName;
        try
        {
            var home = Path.Combine(work, "home");
            var report = Path.Combine(work, "report.json");
            var cold = await MeasureAsync(home, runs, ["takeout", "scan", .. parts, "--no-cache", "--list", "0", "--json", report]);
            Print("cold scan --json (--no-cache)", cold);
            var cached = await MeasureAsync(home, runs, ["takeout", "scan", .. parts, "--list", "0"]);
            Print("rescan (cached listings)", cached);
            var plan = await MeasureAsync(home, runs, ["takeout", "import", .. parts, "--dry-run"]);
            Print("import --dry-run (cached)", plan);
            var planJson = await MeasureAsync(home, runs, ["takeout", "import", .. parts, "--dry-run", "--json"]);
            Print("import --dry-run --json", planJson);
            Console.WriteLine($"load after: {Load()}");
            var perEntry = new[] { cold.PeakMb, plan.PeakMb, planJson.PeakMb }.Max() * 1_048_576 / written;
            var met = new[] { cold, plan, planJson }.All(f => f.Seconds < 60 && f.PeakMb * 1_048_576 < 1e9);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(met ? "target met" : "TARGET MISSED")} (< 60 s, < 1 GB peak RSS): {perEntry:0} bytes per entry at the peak"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void PrintHeader(string mode, int entries, List<string> parts)
    {
        var bytes = parts.Sum(p => new FileInfo(p).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"EnteTui takeout scan benchmark ({mode}), {Environment.ProcessorCount} cores, load {Load()}: {entries:N0} entries in {parts.Count} parts (zip+tgz), {bytes / 1_000_000.0:0.0} MB"));
    }

    private static int? Option(string[] args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).Select(v => (int?)int.Parse(v, CultureInfo.InvariantCulture)).FirstOrDefault();

    private static async Task<(double Seconds, double PeakMb, double Cpu, string Paired)> MeasureAsync(string home, int runs, string[] args)
    {
        var cpu = new List<double>();
        var seconds = new List<double>();
        var peaks = new List<double>();
        var paired = "";
        for (var run = 0; run < runs; run++)
        {
            var (code, peak, elapsed, output, processor) = await PeakMemory.RunWithOutputAsync(home, args);
            if (code != 0)
            {
                throw new InvalidOperationException($"{string.Join(' ', args.Take(2))} failed ({code}): {output}");
            }

            seconds.Add(elapsed.TotalSeconds);
            cpu.Add(processor.TotalSeconds);
            peaks.Add(peak / 1_048_576.0);
            paired = new[] { PairedLine(), PlannedLine(), PlanItems() }.Select(r => r.Match(output)).FirstOrDefault(m => m.Success)?.Value ?? "";
        }

        return (Median(seconds), Median(peaks), Median(cpu), paired);
    }

    private static void Print(string label, (double Seconds, double PeakMb, double Cpu, string Paired) figures) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-30} median {figures.Seconds,6:0.00} s wall, {figures.Cpu,6:0.00} s CPU (user+sys)  peak RSS {figures.PeakMb,6:0} MiB  ({figures.Paired.Trim()})"));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    [GeneratedRegex(@"Paired: [^\n]*")]
    private static partial Regex PairedLine();

    [GeneratedRegex(@"Would import [^\n]*")]
    private static partial Regex PlannedLine();

    [GeneratedRegex(@"""items"": \d+")]
    private static partial Regex PlanItems();
}
