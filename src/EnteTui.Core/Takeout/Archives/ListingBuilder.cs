namespace EnteTui.Core.Takeout.Archives;

/// <summary>Adds entries to a listing, validating names and sizes and reporting what is refused.</summary>
internal sealed class ListingBuilder(PartListing listing, PartProgress progress)
{
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);

    public PartListing Listing => listing;

    /// <summary>Adds a file entry; returns it when accepted (not ignored, not refused).</summary>
    public TakeoutEntry? Add(int ordinal, string rawName, long size, long compressedSize, bool checkRatio)
    {
        listing.EntryCount++;
        progress.Listed(listing.EntryCount, compressedSize);
        var path = EntryPaths.Normalize(rawName, out var problem);
        if (path is null)
        {
            listing.Problem(rawName, problem!);
            return null;
        }

        if (EntryPaths.IsIgnored(path))
        {
            return null;
        }

        if (!paths.Add(path.Normalize()))
        {
            listing.Problem(path, "duplicate entry in this part: the first one is used, this one ignored");
            return null;
        }

        var limit = EntryLimits.Check(size, checkRatio ? compressedSize : 0, checkRatio ? listing.Part.Size : 0);
        if (limit is not null)
        {
            listing.Problem(path, limit);
            return null;
        }

        var entry = new TakeoutEntry(listing.Part.Number, ordinal, path, size);
        listing.Entries.Add(entry);
        return entry;
    }
}
