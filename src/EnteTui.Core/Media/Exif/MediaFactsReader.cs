using System.Buffers;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.QuickTime;

namespace EnteTui.Core.Media.Exif;

/// <summary>
/// The one EXIF/QuickTime reader (MetadataExtractor), for the Takeout scan, the import and the local
/// server's seeding: one pass over the metadata gives capture date, GPS, camera and duration. The date
/// order is Ente's web uploader's: DateTimeOriginal, DateTimeDigitized, then IFD0 DateTime, each with
/// its own OffsetTime* and SubSecTime* tag; a date that cannot be real is skipped for the next one.
/// Never throws: unreadable input gives <see cref="MediaFacts.None"/>.
/// </summary>
public static class MediaFactsReader
{
    /// <summary>How much of a file's start the Takeout scan reads for its date.</summary>
    public const int HeadBytes = 256 * 1024;

    private const int TagOffsetTime = 0x9010;
    private const int TagSubSecTime = 0x9290;

    public static MediaFacts Read(Stream stream)
    {
        try
        {
            return FromDirectories(ImageMetadataReader.ReadMetadata(stream));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return MediaFacts.None;
        }
    }

    public static MediaFacts Read(string path)
    {
        try
        {
            return FromDirectories(ImageMetadataReader.ReadMetadata(path));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return MediaFacts.None;
        }
    }

    /// <summary>
    /// Reads at most <see cref="HeadBytes"/> into a pooled buffer: a scan reads tens of thousands of
    /// heads, and a fresh 256 KiB array each would churn the large object heap. Only heads that
    /// <see cref="MediaSniffer"/> knows as media are given to the metadata reader.
    /// </summary>
    public static MediaFacts ReadHead(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(HeadBytes);
        try
        {
            var length = HeadReader.ReadInto(stream, buffer, HeadBytes);
            return !MediaSniffer.IsMedia(buffer.AsSpan(0, length)) ? MediaFacts.None : Read(new MemoryStream(buffer, 0, length, writable: false));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static MediaFacts FromDirectories(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
        var subs = directories.OfType<ExifSubIfdDirectory>().ToList();
        var movie = directories.OfType<QuickTimeMovieHeaderDirectory>().FirstOrDefault();
        return new MediaFacts
        {
            Exif = CaptureDate(ifd0, subs),
            MovieCreated = MovieCreated(movie),
            Gps = GeoPoint.Usable(directories.OfType<GpsDirectory>().Select(g => g.GetGeoLocation()).FirstOrDefault(l => l is not null) is { } location
                ? new GeoPoint(location.Latitude, location.Longitude)
                : null),
            CameraMake = Clean(ifd0?.GetString(ExifDirectoryBase.TagMake)),
            CameraModel = Clean(ifd0?.GetString(ExifDirectoryBase.TagModel)),
            DurationSeconds = MovieDuration(movie),
        };
    }

    private static CapturedExif? CaptureDate(ExifIfd0Directory? ifd0, List<ExifSubIfdDirectory> subs)
    {
        foreach (var sub in subs)
        {
            if (Date(sub, ExifDirectoryBase.TagDateTimeOriginal, ExifDirectoryBase.TagSubsecondTimeOriginal, ExifDirectoryBase.TagTimeZoneOriginal) is { } original)
            {
                return original;
            }
        }

        foreach (var sub in subs)
        {
            if (Date(sub, ExifDirectoryBase.TagDateTimeDigitized, ExifDirectoryBase.TagSubsecondTimeDigitized, ExifDirectoryBase.TagTimeZoneDigitized) is { } digitized)
            {
                return digitized;
            }
        }

        var modified = ExifDateText.ParseDate(ifd0?.GetString(ExifDirectoryBase.TagDateTime));
        if (modified is null)
        {
            return null;
        }

        var sub0 = subs.FirstOrDefault();
        return new CapturedExif(modified.Value + ExifDateText.ParseSubSeconds(sub0?.GetString(TagSubSecTime)), ExifDateText.ParseOffset(sub0?.GetString(TagOffsetTime)));
    }

    private static CapturedExif? Date(ExifSubIfdDirectory sub, int dateTag, int subSecondTag, int offsetTag) =>
        ExifDateText.ParseDate(sub.GetString(dateTag)) is { } date
            ? new CapturedExif(date + ExifDateText.ParseSubSeconds(sub.GetString(subSecondTag)), ExifDateText.ParseOffset(sub.GetString(offsetTag)))
            : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().TrimEnd('\0').Trim();

    private static DateTimeOffset? MovieCreated(QuickTimeMovieHeaderDirectory? movie)
    {
        // QuickTime counts seconds since 1904 in UTC; 0 (1904) and Unix's 0 (1970) mean "not set".
        if (movie is null || !movie.TryGetDateTime(QuickTimeMovieHeaderDirectory.TagCreated, out var created) || created.Year <= 1970)
        {
            return null;
        }

        return new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc));
    }

    private static double? MovieDuration(QuickTimeMovieHeaderDirectory? movie)
    {
        if (movie is null)
        {
            return null;
        }

        if (movie.GetObject(QuickTimeMovieHeaderDirectory.TagDuration) is TimeSpan span)
        {
            return span.TotalSeconds;
        }

        return movie.TryGetInt64(QuickTimeMovieHeaderDirectory.TagDuration, out var duration)
            && movie.TryGetInt64(QuickTimeMovieHeaderDirectory.TagTimeScale, out var scale) && scale > 0
            ? (double)duration / scale
            : null;
    }
}
