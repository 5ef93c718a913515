namespace EnteTui.Reporting;

/// <summary>One line describing a Takeout scan's progress (the command's status line and log lines, the wizard's scan step).</summary>
public static class ScanProgressLine
{
    public static string Format(ScanProgress p) => p.Phase switch
    {
        ScanPhase.Matching => $"Pairing media with sidecars in {Formats.Count(p.Entries, "entry", "entries")}…",
        ScanPhase.Done => $"Scanned {Parts(p.PartsTotal)}, {Formats.Count(p.Entries, "entry", "entries")} in {Formats.Duration(p.Elapsed)}",
        _ => Part(p) + Bytes(p) + $", {Formats.Count(p.Entries, "entry", "entries")}" + Rate(p),
    };

    /// <summary>"part 2 of 5" (with "+1" when more are read at once), or how many are done before any starts.</summary>
    public static string Part(ScanProgress p) => p.CurrentPartNumber is { } number
        ? $"part {number} of {p.PartsTotal}" + (p.PartsReading > 1 ? $" (+{p.PartsReading - 1})" : "")
        : $"{p.PartsDone} of {Parts(p.PartsTotal)} read";

    private static string Bytes(ScanProgress p) =>
        p.BytesTotal > 0 ? $", {Formats.Bytes(p.BytesRead)} of {Formats.Bytes(p.BytesTotal)}" : "";

    private static string Rate(ScanProgress p) =>
        p.BytesTotal > 0 ? $", {Formats.Rate(p.BytesPerSecond)}, ETA {Formats.Duration(p.Eta)}" : "";

    private static string Parts(int count) => Formats.Count(count, "part", "parts");
}
