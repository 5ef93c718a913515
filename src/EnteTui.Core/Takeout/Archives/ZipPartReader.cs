using SharpCompress.Archives.Zip;

namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Lists a zip part from its central directory (zip64 included) and parses its JSON entries.
/// Without a readable central directory (truncated download) it falls back to one forward pass.
/// </summary>
internal static class ZipPartReader
{
    public static PartListing Read(TakeoutPart part, ContentCapture capture, CancellationToken cancellationToken)
    {
        var listing = new PartListing(part, PartAccess.CentralDirectory);
        using var stream = ArchiveStreams.OpenFile(part.FullPath, random: true);
        ZipArchive archive;
        try
        {
            archive = (ZipArchive)ZipArchive.OpenArchive(stream, ArchiveStreams.Options());
        }
        catch (Exception ex) when (ArchiveStreams.IsReadFailure(ex))
        {
            return SequentialPartReader.Read(part, PartAccess.Sequential, capture, cancellationToken,
                $"no readable zip central directory ({ex.Message}): the part is truncated or corrupt; reading it forward");
        }

        using (archive)
        {
            var builder = new ListingBuilder(listing);
            var wanted = new List<(TakeoutEntry Entry, ZipArchiveEntry Source)>();
            var ordinal = 0;
            try
            {
                foreach (var source in archive.Entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!source.IsDirectory && source.Key is { } key)
                    {
                        if (source.IsEncrypted)
                        {
                            listing.EntryCount++;
                            listing.Problem(key, "encrypted entry: ignored");
                        }
                        else if (builder.Add(ordinal, key, source.Size, source.CompressedSize, checkRatio: true) is { } entry && capture.Wants(entry))
                        {
                            wanted.Add((entry, source));
                        }
                    }

                    ordinal++;
                }
            }
            catch (Exception ex) when (ArchiveStreams.IsReadFailure(ex))
            {
                listing.Problem(null, $"corrupt zip central directory after {ordinal} entries: the rest is unreadable ({ex.Message})");
            }

            foreach (var (entry, source) in wanted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                capture.Capture(listing, entry, source.OpenEntryStream);
            }
        }

        return listing;
    }
}
