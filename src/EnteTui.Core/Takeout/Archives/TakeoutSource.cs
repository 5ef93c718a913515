namespace EnteTui.Core.Takeout.Archives;

/// <summary>The parts of a scanned Takeout, opening entries straight from their part (see <see cref="ITakeoutSource"/>).</summary>
public sealed class TakeoutSource : ITakeoutSource
{
    private readonly Dictionary<int, IEntryOpener> openers = [];
    private readonly Dictionary<EntryRef, long> sizes = [];

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

            foreach (var entry in listing.Entries)
            {
                sizes[entry.Ref] = entry.Size;
            }
        }

        Parts = parts;
    }

    public IReadOnlyList<TakeoutPart> Parts { get; }

    public Task<Stream> OpenEntryAsync(EntryRef entry, CancellationToken cancellationToken = default)
    {
        if (!openers.TryGetValue(entry.Part, out var opener) || !sizes.TryGetValue(entry, out var size))
        {
            throw new InvalidDataException($"no entry {entry.Path} in part {entry.Part}");
        }

        return opener is SequentialEntryOpener
            ? Task.Run(() => opener.Open(entry, size, cancellationToken), cancellationToken)
            : Task.FromResult(opener.Open(entry, size, cancellationToken));
    }

    public void Dispose()
    {
        foreach (var opener in openers.Values)
        {
            opener.Dispose();
        }
    }
}
