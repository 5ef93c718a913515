using System.Globalization;
using System.Text.RegularExpressions;

namespace EnteTui.Benchmarks;

/// <summary>
/// `takeout-scan`: generates a split Takeout (100,000 entries over 10 parts, zip and tgz, realistic
/// mangled names, sidecars in other parts than their media; `--quick`: 20,000), then times
/// `ente-tui takeout scan` in a separate process and samples its peak RSS. Prints medians over
/// several runs, for a cold scan (`--no-cache`) and a rescan that takes the cached listings.
/// `--generate-only` writes the parts, prints their paths and keeps them.
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

            var bytes = parts.Sum(p => new FileInfo(p).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"EnteTui takeout scan benchmark ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, load {Load()}: {entries:N0} entries in {parts.Count} parts (zip+tgz), {bytes / 1_000_000.0:0.0} MB"));
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
                throw new InvalidOperationException($"takeout scan failed ({code}): {output}");
            }

            seconds.Add(elapsed.TotalSeconds);
            cpu.Add(processor.TotalSeconds);
            peaks.Add(peak / 1_048_576.0);
            paired = PairedLine().Match(output).Value;
        }

        return (Median(seconds), Median(peaks), Median(cpu), paired);
    }

    private static void Print(string label, (double Seconds, double PeakMb, double Cpu, string Paired) figures) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-26} median {figures.Seconds,6:0.00} s wall, {figures.Cpu,6:0.00} s CPU (user+sys)  peak RSS {figures.PeakMb,6:0} MiB  ({figures.Paired.Trim()})"));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    [GeneratedRegex(@"Paired: [^\n]*")]
    private static partial Regex PairedLine();
}
