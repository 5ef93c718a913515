using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Dates;

namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// EXIF dates for media whose sidecar gives no capture time: taken from what the tar pass
/// captured, else read from the head of one zip or folder copy (parts read in parallel).
/// </summary>
internal static class ExifCollector
{
    public static Dictionary<LogicalFile, CapturedExif> Collect(IEnumerable<FolderScan> scans, JsonLookup json, IReadOnlyList<PartListing> listings, CancellationToken cancellationToken)
    {
        var captured = listings.ToDictionary(l => l.Part.Number, l => l.ExifDates);
        var access = listings.ToDictionary(l => l.Part.Number, l => l.Access);
        var result = new Dictionary<LogicalFile, CapturedExif>();
        var toRead = new List<(LogicalFile File, TakeoutEntry Copy)>();
        foreach (var match in scans.SelectMany(s => s.Media))
        {
            var sidecar = match.Sidecar is null ? null : json.Primary(match.Sidecar).Sidecar;
            if (!MediaDateResolver.NeedsExif(sidecar) || !ContentCapture.HasDateMetadata(match.Media.Name))
            {
                continue;
            }

            var known = match.Media.Copies.Select(c => captured[c.Part].GetValueOrDefault(c.Ordinal)).FirstOrDefault(e => e is not null);
            if (known is not null)
            {
                result[match.Media] = known;
            }
            else if (match.Media.Copies.FirstOrDefault(c => access[c.Part] is PartAccess.CentralDirectory or PartAccess.Folder) is { } copy)
            {
                toRead.Add((match.Media, copy));
            }
        }

        if (toRead.Count == 0)
        {
            return result;
        }

        using var source = new TakeoutSource(listings);
        var found = new System.Collections.Concurrent.ConcurrentDictionary<LogicalFile, CapturedExif>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken };
        Parallel.ForEach(toRead.GroupBy(t => t.Copy.Part), parallel, group =>
        {
            foreach (var (file, copy) in group)
            {
                try
                {
                    using var stream = source.OpenEntryAsync(copy.Ref, cancellationToken).GetAwaiter().GetResult();
                    if (ExifDateReader.ReadHead(stream) is { } exif)
                    {
                        found[file] = exif;
                    }
                }
                catch (Exception ex) when (ArchiveStreams.IsReadFailure(ex) || ex is UnauthorizedAccessException)
                {
                    // An unreadable media entry just has no EXIF date here; the import reports read errors itself.
                }
            }
        });

        foreach (var (file, exif) in found)
        {
            result[file] = exif;
        }

        return result;
    }
}
