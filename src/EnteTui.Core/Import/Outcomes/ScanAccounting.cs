using EnteTui.Core.Import.Sources;

namespace EnteTui.Core.Import.Outcomes;

/// <summary>
/// Holds an import to the scan: every media entry the scan listed gets exactly one outcome. An entry
/// the import did not account for is reported as failed (never silently lost), so the counts always
/// add up to the scan's media entries and the run exits non-zero.
/// </summary>
public static class ScanAccounting
{
    public static ImportSummary Reconcile(ImportSummary summary, ImportScan scan)
    {
        var accounted = summary.Entries.Select(e => (e.Path, e.Part)).ToHashSet();
        var missing = scan.MediaEntries.Where(m => !accounted.Contains((m.Path, m.Part)))
            .Select(m => new EntryResult(m.Path, m.Part, EntryOutcome.Failed, "not accounted for by the import (please report this)"))
            .ToList();
        return summary with { Entries = [.. summary.Entries, .. missing], ScannedEntries = scan.MediaEntries.Count };
    }
}
