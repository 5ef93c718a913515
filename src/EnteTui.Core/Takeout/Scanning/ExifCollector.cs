namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// EXIF dates for media whose sidecar gives no capture time: taken from what the tar pass captured
/// at once, else read later from the head of one zip or folder copy (parts read in parallel), so the
/// scan can let each folder go as soon as it is matched and only remember the few reads to do.
/// </summary>
internal sealed class ExifCollector(IReadOnlyList<PartListing> listings, bool enabled)
{
    private readonly Dictionary<int, Dictionary<int, CapturedExif>> captured = listings.ToDictionary(l => l.Part.Number, l => l.ExifDates);
    private readonly Dictionary<int, PartAccess> access = listings.ToDictionary(l => l.Part.Number, l => l.Access);
    private readonly List<PendingExif> pending = [];

    /// <summary>The EXIF date captured for <paramref name="media"/>, or null; <paramref name="readFrom"/> names the copy to read when none was captured.</summary>
    public CapturedExif? Find(LogicalFile media, SidecarData? sidecar, out TakeoutEntry? readFrom)
    {
        readFrom = null;
        if (!enabled || !MediaDateResolver.NeedsExif(sidecar) || !ContentCapture.HasDateMetadata(media.Name))
        {
            return null;
        }

        var known = media.Copies.Select(c => captured[c.Part].GetValueOrDefault(c.Ordinal)).FirstOrDefault(e => e is not null);
        if (known is null)
        {
            readFrom = media.Copies.FirstOrDefault(c => access[c.Part] is PartAccess.CentralDirectory or PartAccess.Folder);
        }

        return known;
    }

    public void Queue(PendingExif read) => pending.Add(read);

    /// <summary>Reads the queued heads and re-dates the pairs whose EXIF date was found.</summary>
    public void ReadQueued(List<TakeoutPair> pairs, MediaDateResolver dates, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        using var source = new TakeoutSource(listings);
        var found = new System.Collections.Concurrent.ConcurrentDictionary<int, CapturedExif>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken };
        Parallel.ForEach(Enumerable.Range(0, pending.Count).GroupBy(i => pending[i].Copy.Part), parallel, group =>
        {
            foreach (var index in group)
            {
                try
                {
                    using var stream = source.OpenEntryAsync(pending[index].Copy.Ref, cancellationToken).GetAwaiter().GetResult();
                    if (MediaFactsReader.ReadHead(stream).CaptureDate is { } exif)
                    {
                        found[index] = exif;
                    }
                }
                catch (Exception ex) when (ArchiveStreams.IsReadFailure(ex) || ex is UnauthorizedAccessException)
                {
                    // An unreadable media entry just has no EXIF date here; the import reports read errors itself.
                }
            }
        });

        foreach (var (index, exif) in found)
        {
            var read = pending[index];
            var date = dates.Resolve(read.Sidecar, exif, read.FileName, read.FolderDate);
            for (var i = read.FirstPair; i < read.FirstPair + read.PairCount; i++)
            {
                pairs[i] = pairs[i] with { Date = date };
            }
        }

        pending.Clear();
    }
}
