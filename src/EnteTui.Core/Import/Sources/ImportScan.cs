using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Core.Import.Sources;

/// <summary>
/// What an import keeps of its scan once the plan is made: the parts, the problems, and the media
/// entries (each must end in exactly one outcome). The matching (pairs, parsed sidecars, folders) is
/// not kept: at a million entries it is about half of the scan's memory, and the plan already holds
/// what the upload needs of it.
/// </summary>
public sealed record ImportScan(IReadOnlyList<ScannedPart> Parts, IReadOnlyList<TakeoutProblem> Problems, IReadOnlyList<TakeoutEntry> MediaEntries)
{
    public static ImportScan Of(TakeoutScanResult scan) => new(scan.Parts, scan.Problems, [.. scan.Pairs.Select(p => p.Media)]);
}
