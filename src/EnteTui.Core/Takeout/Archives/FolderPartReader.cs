namespace EnteTui.Core.Takeout.Archives;

/// <summary>Lists an already extracted Takeout folder (files in sorted order; symlinked folders not followed).</summary>
internal static class FolderPartReader
{
    public static PartListing Read(TakeoutPart part, ContentCapture capture, PartProgress progress, CancellationToken cancellationToken)
    {
        var listing = new PartListing(part, PartAccess.Folder);
        var builder = new ListingBuilder(listing, progress);
        var baseDirectory = FolderLayout.BaseDirectory(part.FullPath);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            ReturnSpecialDirectories = false,
        };
        var files = Directory.EnumerateFiles(part.FullPath, "*", options)
            .Select(f => FolderLayout.EntryPath(baseDirectory, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        for (var ordinal = 0; ordinal < files.Count; ordinal++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fullPath = Path.Combine(baseDirectory, files[ordinal]);
            long size;
            try
            {
                size = new FileInfo(fullPath).Length;
            }
            catch (IOException ex)
            {
                listing.EntryCount++;
                listing.Problem(files[ordinal], $"unreadable file: {ex.Message}");
                continue;
            }

            if (builder.Add(ordinal, files[ordinal], size, 0, checkRatio: false) is { } entry && capture.KindOf(entry) is not CaptureKind.None and var kind)
            {
                ContentCapture.Capture(listing, entry, kind, () => ArchiveStreams.OpenFile(fullPath, random: false));
            }
        }

        return listing;
    }
}
