namespace EnteTui.Tui.Screens.Albums;

/// <summary>The export options as typed on the album screen, one per <c>export</c> flag; the adapter turns them into <see cref="ExportOptions"/>.</summary>
public sealed record ExportChoices(
    string ExportDir,
    int Parallel = ExportOptions.DefaultParallel,
    LinkMode Link = LinkMode.Copy,
    DeletionMode Deletions = DeletionMode.Delete,
    string MetaDir = ".meta")
{
    /// <summary>`--xmp`: an XMP sidecar beside each file.</summary>
    public bool Xmp { get; init; }

    /// <summary>`--since`, as typed; empty = no lower bound.</summary>
    public string Since { get; init; } = "";

    /// <summary>`--until`, as typed; empty = no upper bound.</summary>
    public string Until { get; init; } = "";

    /// <summary>`--bwlimit`, as typed; empty = no limit.</summary>
    public string BandwidthLimit { get; init; } = "";

    public string Describe() =>
        $"{Parallel} parallel · {(Link == LinkMode.Copy ? "copies" : "hardlinks")} · removed: {Deletions.ToString().ToLowerInvariant()} · sidecars {MetaDir}/"
        + (Xmp ? " + xmp" : "")
        + (Since.Length > 0 || Until.Length > 0 ? $" · {Shell.DateAndRatePrompts.Show(Since, "…")} to {Shell.DateAndRatePrompts.Show(Until, "…")}" : "")
        + (BandwidthLimit.Length > 0 ? $" · ≤ {BandwidthLimit}/s" : "");
}
