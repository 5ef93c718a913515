namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Reads one part's listing with the reader its kind needs; never throws on content. With
/// <c>captureDates</c>, sequential passes (tar) also read media EXIF dates, since going back is costly.
/// </summary>
public static class PartReader
{
    public static PartListing Read(TakeoutPart part, bool captureDates, CancellationToken cancellationToken = default, PartProgress? progress = null)
    {
        progress ??= new PartProgress(part);
        var sequentialCapture = new ContentCapture(captureDates);
        var randomCapture = new ContentCapture(false);
        try
        {
            var listing = part.Kind switch
            {
                PartKind.Zip => ZipPartReader.Read(part, randomCapture, progress, cancellationToken),
                PartKind.Tgz or PartKind.Tar => SequentialPartReader.Read(part, PartAccess.Sequential, sequentialCapture, progress, cancellationToken),
                PartKind.Folder => FolderPartReader.Read(part, randomCapture, progress, cancellationToken),
                _ => new PartListing(part, PartAccess.None),
            };
            listing.HasDates = captureDates || part.Kind is not (PartKind.Tgz or PartKind.Tar);
            return listing;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var listing = new PartListing(part, PartAccess.None);
            listing.Damage($"cannot read the part: {ex.Message}");
            return listing;
        }
    }
}
