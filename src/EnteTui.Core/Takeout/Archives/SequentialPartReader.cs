namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// One forward pass over a tar/tgz part (or a zip without central directory): lists entries and
/// captures JSON (and media EXIF dates) on the way. A truncated part keeps what was read.
/// </summary>
internal static class SequentialPartReader
{
    /// <summary>A tar holds this much data for every byte of gzip at most before the part is refused as a bomb.</summary>
    private const long MaximumExpansion = 1000;
    private const long ExpansionCheckFrom = 16L << 30;

    public static PartListing Read(TakeoutPart part, PartAccess access, ContentCapture capture, PartProgress progress, CancellationToken cancellationToken, string? note = null)
    {
        var listing = new PartListing(part, access);
        if (note is not null)
        {
            listing.Damage(note);
        }

        var builder = new ListingBuilder(listing, progress);
        var ordinal = 0;
        long expanded = 0;
        using var file = ArchiveStreams.OpenFile(part.FullPath, random: false);
        try
        {
            using var counted = new ProgressStream(file, progress.Advance);
            using var reader = ArchiveStreams.OpenSequential(counted, part.Kind, out var tail);
            using var decompressed = tail;
            while (reader.MoveToNextEntry())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var source = reader.Entry;
                if (!source.IsDirectory && source.Key is { } link && source.LinkTarget is not null)
                {
                    listing.EntryCount++;
                    listing.Problem(link, "link entry (symbolic or hard link): ignored, never followed");
                }
                else if (!source.IsDirectory && source.Key is { } key)
                {
                    var entry = builder.Add(ordinal, key, source.Size, 0, checkRatio: false);
                    if (entry is not null && capture.KindOf(entry) is not CaptureKind.None and var kind)
                    {
                        ContentCapture.Capture(listing, entry, kind, reader.OpenEntryStream);
                    }

                    expanded += Math.Max(source.Size, 0);
                    if (expanded > ExpansionCheckFrom && expanded > MaximumExpansion * Math.Max(file.Position, 1))
                    {
                        listing.Problem(null, $"suspicious compression ratio after {ordinal + 1} entries (possible zip bomb): the rest is not read");
                        break;
                    }
                }

                ordinal++;
            }

            if (tail is not null && !listing.Problems.Any(p => p.Message.StartsWith("suspicious", StringComparison.Ordinal)))
            {
                tail.Drain();
                if (!tail.LooksComplete)
                {
                    listing.Damage(listing.EntryCount == 0
                        ? $"not a readable {Describe(part.Kind)}"
                        : $"truncated or corrupt after {listing.EntryCount} entries: the end of the archive is missing, the last entry may be incomplete");
                }
            }
        }
        catch (Exception ex) when (ArchiveStreams.IsReadFailure(ex))
        {
            listing.Damage(ordinal == 0 && listing.EntryCount == 0
                ? $"not a readable {Describe(part.Kind)} ({ex.Message})"
                : $"truncated or corrupt after {listing.EntryCount} entries: the rest is unreadable ({ex.Message})");
        }

        return listing;
    }

    private static string Describe(PartKind kind) => kind switch
    {
        PartKind.Tgz => "tgz archive",
        PartKind.Tar => "tar archive",
        _ => "zip archive",
    };
}
