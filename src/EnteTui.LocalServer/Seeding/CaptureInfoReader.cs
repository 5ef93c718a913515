using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.QuickTime;

namespace EnteTui.LocalServer.Seeding;

/// <summary>
/// Reads EXIF DateTimeOriginal (with OffsetTimeOriginal when present; a naive time is UTC), EXIF
/// GPS, and a QuickTime/MP4 creation time and duration, with MetadataExtractor.
/// </summary>
public static class CaptureInfoReader
{
    public static CaptureInfo Read(string path)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(path);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or NotSupportedException or ArgumentException)
        {
            return CaptureInfo.None;
        }

        var location = directories.OfType<GpsDirectory>().FirstOrDefault()?.GetGeoLocation();
        var movie = directories.OfType<QuickTimeMovieHeaderDirectory>().FirstOrDefault();
        return new CaptureInfo(
            ExifTime(directories) ?? MovieTime(movie),
            location is { IsZero: false } ? location.Latitude : null,
            location is { IsZero: false } ? location.Longitude : null,
            MovieDuration(movie));
    }

    private static long? ExifTime(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        foreach (var exif in directories.OfType<ExifSubIfdDirectory>())
        {
            if (!exif.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var local))
            {
                continue;
            }

            var offset = TimeSpan.Zero;
            var offsetText = exif.GetString(ExifDirectoryBase.TagTimeZoneOriginal)?.Trim();
            if (offsetText is { Length: 6 } && TimeSpan.TryParseExact(offsetText[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var parsed))
            {
                offset = offsetText[0] == '-' ? -parsed : parsed;
            }

            var instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
            return ToMicroseconds(instant);
        }

        return null;
    }

    private static long? MovieTime(QuickTimeMovieHeaderDirectory? movie)
    {
        // A zero QuickTime date means 1904-01-01: "not set".
        if (movie is null || !movie.TryGetDateTime(QuickTimeMovieHeaderDirectory.TagCreated, out var created) || created.Year <= 1904)
        {
            return null;
        }

        return ToMicroseconds(new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)));
    }

    private static int? MovieDuration(QuickTimeMovieHeaderDirectory? movie)
    {
        if (movie is null || !movie.TryGetInt64(QuickTimeMovieHeaderDirectory.TagDuration, out var duration)
            || !movie.TryGetInt64(QuickTimeMovieHeaderDirectory.TagTimeScale, out var scale) || scale <= 0)
        {
            return null;
        }

        return (int)(duration / scale);
    }

    public static long ToMicroseconds(DateTimeOffset time) => (time.UtcDateTime - DateTime.UnixEpoch).Ticks / 10;
}
