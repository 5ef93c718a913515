using EnteTui.Core.Takeout.Archives;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>The result of a scan, as the wizard shows it. <see cref="Key"/> identifies the scan for saved resolutions.</summary>
public sealed record TakeoutReport(
    string Key,
    IReadOnlyList<PartSummary> Parts,
    long MediaCount,
    IReadOnlyDictionary<string, long> PairsByRule,
    IReadOnlyList<UnmatchedMedia> Unmatched,
    IReadOnlyList<string> OrphanSidecars,
    IReadOnlyList<TakeoutProblem> Problems,
    IReadOnlyList<string> Albums)
{
    public IReadOnlyList<PartSummary> DamagedParts => [.. Parts.Where(p => p.Damaged)];
}
