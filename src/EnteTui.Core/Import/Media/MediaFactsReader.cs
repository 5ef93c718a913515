using System.Globalization;
using EnteTui.Core.Takeout.Sidecars;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.QuickTime;

namespace EnteTui.Core.Import.Media;

/// <summary>Reads EXIF (images) and QuickTime headers (videos) with MetadataExtractor. Never throws.</summary>
public static class MediaFactsReader
{
    private const int TagDateTime = 0x0132;
    private const int TagOrientation = 0x0112;
    private const int TagMake = 0x010F;
    private const int TagModel = 0x0110;
    private const int TagDateTimeOriginal = 0x9003;
    private const int TagDateTimeDigitized = 0x9004;
    private const int TagOffsetTimeOriginal = 0x9011;
    private const int TagOffsetTime = 0x9010;
    private const int TagPixelXDimension = 0xA002;
    private const int TagPixelYDimension = 0xA003;

    /// <summary>Reads from a seekable stream holding the start of the file (the whole file for videos).</summary>
    public static MediaFacts Read(Stream stream)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(stream);
        }
        catch (Exception ex) when (ex is ImageProcessingException or IOException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or NotSupportedException or OverflowException)
        {
            return MediaFacts.None;
        }

        return FromDirectories(directories);
    }

    internal static MediaFacts FromDirectories(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
        var sub = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        var gps = directories.OfType<GpsDirectory>().FirstOrDefault();
        var movie = directories.OfType<QuickTimeMovieHeaderDirectory>().FirstOrDefault();

        var date = ParseExifDate(sub?.GetString(TagDateTimeOriginal))
            ?? ParseExifDate(sub?.GetString(TagDateTimeDigitized))
            ?? ParseExifDate(ifd0?.GetString(TagDateTime));
        var offset = ParseOffset(sub?.GetString(TagOffsetTimeOriginal)) ?? ParseOffset(sub?.GetString(TagOffsetTime));

        return new MediaFacts
        {
            DateTimeOriginal = date,
            OffsetTimeOriginal = offset,
            Gps = ReadGps(gps),
            Width = ReadInt(sub, TagPixelXDimension),
            Height = ReadInt(sub, TagPixelYDimension),
            Orientation = ReadInt(ifd0, TagOrientation),
            CameraMake = Clean(ifd0?.GetString(TagMake)),
            CameraModel = Clean(ifd0?.GetString(TagModel)),
            CreationInstant = ReadMovieCreated(movie),
            DurationSeconds = ReadMovieDuration(movie),
        };
    }

    /// <summary>`YYYY:MM:DD HH:MM:SS` (also with `-` separators); zero dates are unknown.</summary>
    public static DateTime? ParseExifDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('\0');
        string[] formats = ["yyyy:MM:dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy:MM:dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy:MM:dd"];
        return DateTime.TryParseExact(trimmed.Length > 19 && !trimmed.Contains('.', StringComparison.Ordinal) ? trimmed[..19] : trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed.Year > 1800
            ? DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified)
            : null;
    }

    /// <summary>`+02:00`, `-0530`, `Z`.</summary>
    public static TimeSpan? ParseOffset(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().TrimEnd('\0');
        if (t is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        if (t.Length < 3 || (t[0] != '+' && t[0] != '-'))
        {
            return null;
        }

        var digits = t[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
        {
            return null;
        }

        var (hours, minutes) = digits.Length == 2 ? (hhmm, 0) : (hhmm / 100, hhmm % 100);
        if (hours > 14 || minutes > 59)
        {
            return null;
        }

        var span = new TimeSpan(hours, minutes, 0);
        return t[0] == '-' ? -span : span;
    }

    private static GeoPoint? ReadGps(GpsDirectory? gps)
    {
        var location = gps?.GetGeoLocation();
        return location is null ? null : GeoPoint.Usable(new GeoPoint(location.Latitude, location.Longitude));
    }

    private static int? ReadInt(MetadataExtractor.Directory? dir, int tag) =>
        dir is not null && dir.TryGetInt32(tag, out var value) ? value : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().TrimEnd('\0');

    private static DateTimeOffset? ReadMovieCreated(QuickTimeMovieHeaderDirectory? movie)
    {
        if (movie is null || !movie.TryGetDateTime(QuickTimeMovieHeaderDirectory.TagCreated, out var created))
        {
            return null;
        }

        // QuickTime stores seconds since 1904 in UTC; 0 (1904-01-01) means unknown.
        return created.Year > 1970 ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null;
    }

    private static double? ReadMovieDuration(QuickTimeMovieHeaderDirectory? movie)
    {
        if (movie is null)
        {
            return null;
        }

        var raw = movie.GetObject(QuickTimeMovieHeaderDirectory.TagDuration);
        if (raw is TimeSpan span)
        {
            return span.TotalSeconds;
        }

        if (movie.TryGetInt64(QuickTimeMovieHeaderDirectory.TagDuration, out var duration)
            && movie.TryGetInt64(QuickTimeMovieHeaderDirectory.TagTimeScale, out var scale) && scale > 0)
        {
            return (double)duration / scale;
        }

        return null;
    }
}
