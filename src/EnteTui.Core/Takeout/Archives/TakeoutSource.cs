namespace EnteTui.Core.Takeout.Archives;

/// <summary>The parts of a scanned Takeout, opening entries straight from their part (see <see cref="ITakeoutSource"/>).</summary>
public sealed class TakeoutSource : ITakeoutSource
{
    private readonly Dictionary<int, IEntryOpener> openers = [];
    private readonly Dictionary<int, List<TakeoutEntry>> entries = [];

    public TakeoutSource(IEnumerable<PartListing> listings)
    {
        var parts = new List<TakeoutPart>();
        foreach (var listing in listings)
        {
            parts.Add(listing.Part);
            IEntryOpener? opener = listing.Access switch
            {
                PartAccess.CentralDirectory => new ZipEntryOpener(listing.Part),
                PartAccess.Sequential => new SequentialEntryOpener(listing.Part),
                PartAccess.Folder => new FolderEntryOpener(listing.Part),
                _ => null,
            };
            if (opener is not null)
            {
                openers[listing.Part.Number] = opener;
            }

            entries[listing.Part.Number] = listing.Entries;
        }

        Parts = parts;
    }

    public IReadOnlyList<TakeoutPart> Parts { get; }

    public Task<Stream> OpenEntryAsync(EntryRef entry, CancellationToken cancellationToken = default)
    {
        if (!openers.TryGetValue(entry.Part, out var opener) || Find(entry) is not { } listed)
        {
            throw new InvalidDataException($"no entry {entry.Path} in part {entry.Part}");
        }

        var size = listed.Size;
        return opener is SequentialEntryOpener
            ? Task.Run(() => opener.Open(entry, size, cancellationToken), cancellationToken)
            : Task.FromResult(opener.Open(entry, size, cancellationToken));
    }

    /// <summary>
    /// The listed entry at the reference's position with its path. A listing holds its entries in
    /// ascending position, so this searches it rather than keeping a path-keyed table of a million entries.
    /// </summary>
    private TakeoutEntry? Find(EntryRef entry)
    {
        if (!entries.TryGetValue(entry.Part, out var listed))
        {
            return null;
        }

        var (low, high) = (0, listed.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var ordinal = listed[middle].Ordinal;
            if (ordinal == entry.Ordinal)
            {
                return listed[middle].HasPath(entry.Path) ? listed[middle] : null;
            }

            (low, high) = ordinal < entry.Ordinal ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var opener in openers.Values)
        {
            opener.Dispose();
        }
    }
}
