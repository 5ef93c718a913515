using EnteTui.Core.Takeout.Sidecars;

namespace EnteTui.Core.Takeout.Dates;

/// <summary>
/// A media file's capture date: the sidecar's <c>photoTakenTime</c> (own or borrowed), else EXIF,
/// else a date in the file name, else the year or day of its folder. Wall-clock values without an
/// offset are read in <paramref name="zone"/> (UTC when none); <paramref name="time"/> bounds a file name's year. <c>creationTime</c> (upload) and
/// archive entry times are never used.
/// </summary>
public sealed class MediaDateResolver(TimeZoneInfo? zone, TimeProvider time)
{
    public static bool NeedsExif(SidecarData? sidecar) => sidecar?.TakenTime is null;

    public ResolvedDate Resolve(SidecarData? sidecar, CapturedExif? exif, string fileName, DateTime? folderDate)
    {
        if (sidecar?.TakenTime is { } taken)
        {
            return new ResolvedDate(taken, DateSource.Sidecar);
        }

        if (exif is not null)
        {
            return new ResolvedDate(LocalTimes.ToInstant(exif.DateTime, exif.Offset, zone), DateSource.Exif);
        }

        if (FileNameDates.Find(fileName, time.GetUtcNow()) is { } named)
        {
            return new ResolvedDate(LocalTimes.ToInstant(named, null, zone), DateSource.FileName);
        }

        return folderDate is { } day ? new ResolvedDate(LocalTimes.ToInstant(day, null, zone), DateSource.Folder) : ResolvedDate.None;
    }
}
