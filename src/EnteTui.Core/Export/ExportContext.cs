namespace EnteTui.Core.Export;

/// <summary>What the executor's parts share during one run.</summary>
public sealed record ExportContext(
    ExportOptions Options,
    long UserId,
    ILibraryApi Api,
    CollectionKeyRing Keys,
    IReadOnlyDictionary<long, LibraryCollection> Collections,
    ExportStateWriter State,
    ProgressTracker Progress,
    ExportCounters Counters,
    ExportControl Control,
    TimeProvider Time,
    ILogger Logger)
{
    /// <summary>The run's <c>--bwlimit</c> bucket, shared by every download; null = no limit.</summary>
    public Bandwidth.BandwidthLimiter? Bandwidth { get; init; }

    public string Root => Options.Root;

    public string PathOf(string folder, string name) => Path.Combine(Options.Root, folder, name);

    public string SidecarPathOf(string folder, string name) => Path.Combine(Options.Root, folder, Options.MetaDir, Sidecars.NameFor(name));

    public string XmpPathOf(string folder, string name) => Path.Combine(Options.Root, folder, Sidecars.XmpNameFor(name));
}
