namespace EnteTui.Core.Takeout.Dates;

/// <summary>
/// The one rule for a media file's capture date, used by the Takeout scan's preview and the import:
/// the sidecar's <c>photoTakenTime</c> (own or borrowed), else the file's EXIF or QuickTime date, else
/// a date in the file name, else the sidecar's <c>creationTime</c> (Google's upload time, so only when
/// it falls in the year of the year folder, or there is no year folder), else the year or day of its
/// folder. Wall-clock values without an offset are read in <paramref name="zone"/> (UTC when none);
/// <paramref name="time"/> bounds a file name's year. Archive entry times are never used.
/// </summary>
public sealed class MediaDateResolver(TimeZoneInfo? zone, TimeProvider time)
{
    public static bool NeedsExif(SidecarData? sidecar) => sidecar?.TakenTime is null;

    public ResolvedDate Resolve(SidecarData? sidecar, CapturedExif? exif, string fileName, DateTime? folderDate) =>
        Resolve(sidecar?.TakenTime, sidecar?.CreationTime, exif, fileName, folderDate);

    /// <param name="taken">The sidecar's <c>photoTakenTime</c>.</param>
    /// <param name="uploaded">The sidecar's <c>creationTime</c>.</param>
    /// <param name="exif">The file's own capture date (<see cref="MediaFacts.CaptureDate"/>).</param>
    /// <param name="fileName">The media file's name.</param>
    /// <param name="folderDate">The year (January 1) or day of a year or day folder holding the file.</param>
    public ResolvedDate Resolve(DateTimeOffset? taken, DateTimeOffset? uploaded, CapturedExif? exif, string fileName, DateTime? folderDate)
    {
        if (taken is { } sidecarTaken)
        {
            return new ResolvedDate(sidecarTaken, DateSource.Sidecar);
        }

        if (exif is not null)
        {
            return new ResolvedDate(LocalTimes.ToInstant(exif.DateTime, exif.Offset, zone), DateSource.Exif);
        }

        if (FileNameDates.Find(fileName, time.GetUtcNow()) is { } named)
        {
            return new ResolvedDate(LocalTimes.ToInstant(named, null, zone), DateSource.FileName);
        }

        if (UploadTime(uploaded, folderDate) is { } upload)
        {
            return upload;
        }

        return folderDate is { } day ? new ResolvedDate(LocalTimes.ToInstant(day, null, zone), DateSource.Folder) : ResolvedDate.None;
    }

    /// <summary>
    /// The date once a person picks a sidecar for a file the scan dated without one: the same order, so
    /// its <c>photoTakenTime</c> wins, the file's own and its name's date stay, then its <c>creationTime</c>.
    /// </summary>
    public static ResolvedDate WithSidecar(ResolvedDate withoutSidecar, SidecarData? sidecar, DateTime? folderDate)
    {
        if (sidecar?.TakenTime is { } taken)
        {
            return new ResolvedDate(taken, DateSource.Sidecar);
        }

        return withoutSidecar.Source is DateSource.Exif or DateSource.FileName
            ? withoutSidecar
            : UploadTime(sidecar?.CreationTime, folderDate) ?? withoutSidecar;
    }

    private static ResolvedDate? UploadTime(DateTimeOffset? uploaded, DateTime? folderDate) =>
        uploaded is { } upload && (folderDate is null || upload.UtcDateTime.Year == folderDate.Value.Year)
            ? new ResolvedDate(upload, DateSource.SidecarCreationTime)
            : null;
}
