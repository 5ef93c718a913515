namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Everything a scan found: parts, one pair per physical media entry (matched or not), orphan
/// sidecars, problems, folders, and items (each photo once, with its albums). <see cref="OpenSource"/>
/// gives the entry streams for the import.
/// </summary>
public sealed class TakeoutScanResult(
    IReadOnlyList<ScannedPart> parts,
    IReadOnlyList<TakeoutPair> pairs,
    IReadOnlyList<TakeoutEntry> orphanSidecars,
    IReadOnlyList<TakeoutProblem> problems,
    IReadOnlyList<TakeoutFolder> folders,
    IReadOnlyList<PartListing> listings)
{
    public IReadOnlyList<ScannedPart> Parts { get; } = parts;

    public IReadOnlyList<TakeoutPair> Pairs { get; } = pairs;

    /// <summary>Parts that could not be read to their end: the scan is incomplete.</summary>
    public IReadOnlyList<ScannedPart> DamagedParts => [.. Parts.Where(p => p.Damaged)];

    public IReadOnlyList<TakeoutEntry> OrphanSidecars { get; } = orphanSidecars;

    public IReadOnlyList<TakeoutProblem> Problems { get; } = problems;

    public IReadOnlyList<TakeoutFolder> Folders { get; } = folders;

    /// <summary>Grouped on each call, not kept: at a million entries the items hold about 100 MB that the import needs only once.</summary>
    public IReadOnlyList<TakeoutItem> Items => ItemGrouper.Group(Pairs);

    /// <summary>The number of <see cref="Items"/>, counted without building them.</summary>
    public int ItemCount => ItemGrouper.Count(Pairs);

    /// <summary>Identifies this set of parts (their full paths) for stored manual resolutions.</summary>
    public string SessionKey { get; } = TakeoutSession.KeyOf(listings.Select(l => l.Part));

    /// <summary>Opens entries straight from their parts; dispose it when done.</summary>
    public ITakeoutSource OpenSource() => new TakeoutSource(Listings);

    internal IReadOnlyList<PartListing> Listings { get; } = listings;
}
