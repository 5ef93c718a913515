using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Core.Import.Outcomes;

/// <summary>
/// Holds an import to the scan: every media entry the scan listed gets exactly one outcome. An entry
/// the import did not account for is reported as failed (never silently lost), so the counts always
/// add up to the scan's media entries and the run exits non-zero.
/// </summary>
public static class ScanAccounting
{
    public static ImportSummary Reconcile(ImportSummary summary, TakeoutScanResult scan)
    {
        var accounted = summary.Entries.Select(e => (e.Path, e.Part)).ToHashSet();
        var missing = scan.Pairs.Where(p => !accounted.Contains((p.Media.Path, p.Media.Part)))
            .Select(p => new EntryResult(p.Media.Path, p.Media.Part, EntryOutcome.Failed, "not accounted for by the import (please report this)"))
            .ToList();
        return summary with { Entries = [.. summary.Entries, .. missing], ScannedEntries = scan.Pairs.Count };
    }
}
