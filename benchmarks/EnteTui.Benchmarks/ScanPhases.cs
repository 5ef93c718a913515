using System.Diagnostics;
using System.Globalization;
using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Benchmarks;

/// <summary>`takeout-scan --phases PART...`: in-process times of the scan's phases (listing per part kind, then matching and dating over the listings) and the live managed heap after each.</summary>
internal static class ScanPhases
{
    public static int Run(IReadOnlyList<string> paths)
    {
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            var (parts, _) = PartResolver.Resolve(paths);
            var resolved = clock.Elapsed.TotalSeconds;
            var listings = new Dictionary<string, PartListing>();
            var byKind = new Dictionary<PartKind, double>();
            foreach (var part in parts)
            {
                var started = clock.Elapsed.TotalSeconds;
                listings[part.FullPath] = PartReader.Read(part, captureDates: true);
                byKind[part.Kind] = byKind.GetValueOrDefault(part.Kind) + clock.Elapsed.TotalSeconds - started;
            }

            var listed = clock.Elapsed.TotalSeconds;
            var listedHeap = HeapMb();
            var result = new TakeoutScanner(new ScanOptions { Parallelism = 1 }, new Preloaded(listings)).Scan(paths);
            var total = clock.Elapsed.TotalSeconds;
            var scannedHeap = HeapMb();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"resolve {resolved:0.00} s, list {listed - resolved:0.00} s ({string.Join(", ", byKind.Select(k => $"{k.Key} {k.Value:0.00} s"))}), match+date {total - listed:0.00} s; live heap: listings {listedHeap:0} MB, with the result of {result.Pairs.Count:N0} pairs {scannedHeap:0} MB, peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
            GC.KeepAlive(result);
        }

        return 0;
    }

    private static double HeapMb() => GC.GetTotalMemory(forceFullCollection: true) / 1e6;

    private sealed class Preloaded(Dictionary<string, PartListing> listings) : IListingCache
    {
        public PartListing? TryGet(TakeoutPart part) => listings.GetValueOrDefault(part.FullPath);

        public void Put(PartListing listing)
        {
        }
    }
}
