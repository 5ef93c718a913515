using System.Diagnostics;
using System.Globalization;
using EnteTui.Core.Import.Planning;
using EnteTui.Core.Import.Sources;
using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Benchmarks;

/// <summary>
/// `takeout-scan --plan-phases PART...`: what `takeout import --dry-run` holds, as live managed heap
/// after each step (the scan result with the entry source it opens, then the import media mapped from it, then the plan), with the
/// time of each step and the process's peak working set. The generator gives each photo its own
/// size (<see cref="TakeoutScanCorpus"/>), so the plan has about one group per photo, as a real library.
/// </summary>
internal static class PlanPhases
{
    public static int Run(IReadOnlyList<string> args)
    {
        var clock = Stopwatch.StartNew();
        var scan = new TakeoutScanner(new ScanOptions { ReadExif = false }).Scan(args);
        var scanned = clock.Elapsed.TotalSeconds;
        using var source = scan.OpenSource();
        var scanHeap = HeapMb();
        var media = TakeoutMediaMapper.Map(scan);

        var mapped = clock.Elapsed.TotalSeconds;
        var mediaHeap = HeapMb();
        var plan = ImportPlanner.Plan(media, new ImportOptions());
        var planned = clock.Elapsed.TotalSeconds;
        var count = media.Count;
        media = null;
        var planHeap = HeapMb();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scan {scanned:0.00} s: {scan.Pairs.Count:N0} media entries, live heap with the source {scanHeap:0} MB; map {mapped - scanned:0.00} s: {count:N0} import media, heap {mediaHeap:0} MB ({PerMedia(mediaHeap - scanHeap, count)} each); plan {planned - mapped:0.00} s: {plan.Groups.Count:N0} items, heap with the plan (media list dropped) {planHeap:0} MB ({PerMedia(planHeap - scanHeap, count)} per media over the scan); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        GC.KeepAlive(scan);
        GC.KeepAlive(plan);
        return 0;
    }

    /// <summary>The growth per media entry, or "no media" (a Takeout without media has no per-entry figure).</summary>
    private static string PerMedia(double megabytes, int count) =>
        count == 0 ? "no media" : string.Create(CultureInfo.InvariantCulture, $"+{megabytes * 1e6 / count:0} bytes");

    private static double HeapMb() => GC.GetTotalMemory(forceFullCollection: true) / 1e6;
}
