using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Sidecars;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui.Adapters.Takeout;

/// <summary>A scan of the service layer as the wizard shows it; candidate sidecars are read from the parts for their date and place.</summary>
public static class ScanReportMapper
{
    /// <summary>Reading candidates costs one entry read each; beyond this many the list shows paths only.</summary>
    private const int CandidatesRead = 500;

    public static async Task<TakeoutReport> MapAsync(TakeoutScanResult scan, CancellationToken cancellationToken)
    {
        var sidecars = SortedSidecars(scan);
        var unmatchedPairs = scan.Pairs.Where(p => !p.IsMatched && p.Rule != Core.Takeout.Matching.MatchRules.Skipped).ToList();
        var named = unmatchedPairs.SelectMany(p => p.Candidates).ToHashSet(StringComparer.Ordinal);
        var candidates = sidecars.Where(e => named.Contains(e.Path)).ToDictionary(e => e.Path, StringComparer.Ordinal);
        var wanted = unmatchedPairs.SelectMany(p => p.Candidates).Distinct(StringComparer.Ordinal).Take(CandidatesRead).ToList();
        var read = await ReadSidecarsAsync(scan, wanted.Select(w => candidates.GetValueOrDefault(w)).OfType<TakeoutEntry>(), cancellationToken);
        var unmatched = unmatchedPairs.Select(p => new UnmatchedMedia(
            p.Media.Path,
            p.Media.Part,
            p.Candidates.Select(c => Candidate(c, candidates.GetValueOrDefault(c), read.GetValueOrDefault(c))).ToList(),
            p.Date)).ToList();

        var parts = scan.Parts.Select(sp => new PartSummary(
            sp.Part.Number,
            sp.Part.Path,
            sp.Part.Kind.ToString().ToLowerInvariant(),
            sp.Entries,
            scan.Pairs.LongCount(p => p.Media.Part == sp.Part.Number),
            sidecars.LongCount(e => e.Part == sp.Part.Number),
            unmatchedPairs.LongCount(p => p.Media.Part == sp.Part.Number),
            scan.Problems.Count(p => p.Part == sp.Part.Number),
            sp.Damaged)).ToList();

        return new TakeoutReport(
            scan.SessionKey,
            parts,
            scan.Pairs.Count,
            scan.Pairs.GroupBy(p => p.IsMatched ? p.Rule : "none").ToDictionary(g => g.Key, g => g.LongCount()),
            unmatched,
            scan.OrphanSidecars.Select(o => o.Path).Distinct(StringComparer.Ordinal).ToList(),
            scan.Problems,
            scan.Folders.Select(f => f.AlbumTitle).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Every sidecar the scan knows (matched or orphan), one entry per path (the first seen), in ordinal path order.</summary>
    public static TakeoutEntry[] SortedSidecars(TakeoutScanResult scan)
    {
        var sidecars = scan.OrphanSidecars.Concat(scan.Pairs.Select(p => p.Sidecar).OfType<TakeoutEntry>()).Distinct(EntryPathOrder.Instance).ToArray();
        Array.Sort(sidecars, EntryPathOrder.Instance);
        return sidecars;
    }

    public static SidecarCandidate Candidate(string path, TakeoutEntry? entry, SidecarData? data) => new(
        path,
        entry?.Part ?? 0,
        data?.TakenTime,
        data?.Location is { } at ? $"{at.Latitude:0.####}, {at.Longitude:0.####}" : null,
        data?.Title);

    public static async Task<Dictionary<string, SidecarData>> ReadSidecarsAsync(TakeoutScanResult scan, IEnumerable<TakeoutEntry> entries, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SidecarData>(StringComparer.Ordinal);
        using var source = scan.OpenSource();
        foreach (var entry in entries.Where(e => e.Size <= SidecarParser.MaximumBytes))
        {
            try
            {
                await using var stream = await source.OpenEntryAsync(entry.Ref, cancellationToken);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, cancellationToken);
                if (SidecarParser.Parse(copy.ToArray()).Sidecar is { } data)
                {
                    found[entry.Path] = data;
                }
            }
            catch (InvalidDataException)
            {
                // An unreadable candidate is still offered, by its path only.
            }
        }

        return found;
    }
}
