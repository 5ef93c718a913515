namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// How far a scan is: parts done of all, the part being read (the lowest-numbered one when several
/// are read at once), bytes of the archive parts covered of their total (extracted folders count
/// entries only), entries listed, and the read rate and the ETA it implies (null until measured).
/// </summary>
public sealed record ScanProgress(
    ScanPhase Phase,
    int PartsDone,
    int PartsTotal,
    int? CurrentPartNumber,
    string? CurrentPart,
    int PartsReading,
    long BytesRead,
    long BytesTotal,
    long Entries,
    double BytesPerSecond,
    TimeSpan? Eta,
    TimeSpan Elapsed)
{
    public static ScanProgress Starting(int partsTotal) => new(ScanPhase.Reading, 0, partsTotal, null, null, 0, 0, 0, 0, 0, null, TimeSpan.Zero);
}
