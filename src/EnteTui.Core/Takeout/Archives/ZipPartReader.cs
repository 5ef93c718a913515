using SharpCompress.Archives.Zip;

namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Lists a zip part from its central directory (zip64 included) and parses its JSON entries.
/// Without a readable central directory (truncated download) it falls back to one forward pass.
/// </summary>
internal static class ZipPartReader
{
    public static PartListing Read(TakeoutPart part, ContentCapture capture, PartProgress progress, CancellationToken cancellationToken)
    {
        var listing = new PartListing(part, PartAccess.CentralDirectory);
        using var stream = ArchiveStreams.OpenFile(part.FullPath, random: true);
        ZipArchive archive;
        ZipArchiveEntry[] sources;
        try
        {
            archive = (ZipArchive)ZipArchive.OpenArchive(stream, ArchiveStreams.Options());
            sources = archive.Entries.ToArray();
        }
        catch (Exception ex) when (ArchiveStreams.IsReadFailure(ex))
        {
            return SequentialPartReader.Read(part, PartAccess.Sequential, capture, progress, cancellationToken,
                $"no readable zip central directory ({ex.Message}): the part is truncated or corrupt; reading it forward");
        }

        using (archive)
        {
            var builder = new ListingBuilder(listing, progress);
            var wanted = new List<(TakeoutEntry Entry, ZipArchiveEntry Source, CaptureKind Kind)>();
            for (var ordinal = 0; ordinal < sources.Length; ordinal++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var source = sources[ordinal];
                if (source.IsDirectory || source.Key is not { } key)
                {
                    continue;
                }

                if (ZipSymlinks.IsSymlink(source))
                {
                    listing.EntryCount++;
                    listing.Problem(key, "link entry (symbolic link): ignored, never followed");
                }
                else if (source.IsEncrypted)
                {
                    listing.EntryCount++;
                    listing.Problem(key, "encrypted entry: ignored");
                }
                else if (builder.Add(ordinal, key, source.Size, source.CompressedSize, checkRatio: true) is { } entry && capture.KindOf(entry) is not CaptureKind.None and var kind)
                {
                    wanted.Add((entry, source, kind));
                }
            }

            foreach (var (entry, source, kind) in wanted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ContentCapture.Capture(listing, entry, kind, source.OpenEntryStream);
            }
        }

        return listing;
    }
}
