using System.Buffers;
using System.Globalization;

using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.QuickTime;

namespace EnteTui.Core.Takeout.Dates;

/// <summary>
/// Reads the capture time from the first bytes of a media file (MetadataExtractor): EXIF
/// <c>DateTimeOriginal</c> with <c>OffsetTimeOriginal</c>, then <c>DateTimeDigitized</c>, then a
/// QuickTime creation time (UTC). Only a bounded head is read; failures give null.
/// </summary>
public static class ExifDateReader
{
    public const int HeadBytes = 256 * 1024;

    private static readonly DateTime QuickTimeEpochFloor = new(1971, 1, 1);

    /// <summary>Reads the head into a pooled buffer: a scan reads tens of thousands of heads, and a fresh 256 KiB array each would churn the large object heap.</summary>
    public static CapturedExif? ReadHead(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(HeadBytes);
        try
        {
            var length = HeadReader.ReadInto(stream, buffer, HeadBytes);
            return length < 12 || !LooksLikeMedia(buffer) ? null : Read(buffer, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static CapturedExif? Read(byte[] head) => Read(head, head.Length);

    private static CapturedExif? Read(byte[] head, int length)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(new MemoryStream(head, 0, length, writable: false));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }

        foreach (var exif in directories.OfType<ExifSubIfdDirectory>())
        {
            if (Read(exif, ExifDirectoryBase.TagDateTimeOriginal, ExifDirectoryBase.TagTimeZoneOriginal) is { } original)
            {
                return original;
            }

            if (Read(exif, ExifDirectoryBase.TagDateTimeDigitized, ExifDirectoryBase.TagTimeZoneDigitized) is { } digitized)
            {
                return digitized;
            }
        }

        foreach (var movie in directories.OfType<QuickTimeMovieHeaderDirectory>())
        {
            if (movie.TryGetDateTime(QuickTimeMovieHeaderDirectory.TagCreated, out var created) && created >= QuickTimeEpochFloor)
            {
                return new CapturedExif(DateTime.SpecifyKind(created, DateTimeKind.Unspecified), TimeSpan.Zero);
            }
        }

        return null;
    }

    private static CapturedExif? Read(ExifSubIfdDirectory exif, int dateTag, int offsetTag)
    {
        if (!exif.TryGetDateTime(dateTag, out var value) || value.Year < 1800)
        {
            return null;
        }

        return new CapturedExif(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), ParseOffset(exif.GetString(offsetTag)));
    }

    internal static TimeSpan? ParseOffset(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var body = text.TrimStart('+', '-');
        return TimeSpan.TryParseExact(body, ["hh\\:mm", "hhmm", "hh"], CultureInfo.InvariantCulture, out var span) && span <= TimeSpan.FromHours(14)
            ? sign * span
            : null;
    }

    private static bool LooksLikeMedia(byte[] head) =>
        (head[0] == 0xFF && head[1] == 0xD8)
        || (head[4] == (byte)'f' && head[5] == (byte)'t' && head[6] == (byte)'y' && head[7] == (byte)'p')
        || (head[0] == (byte)'I' && head[1] == (byte)'I') || (head[0] == (byte)'M' && head[1] == (byte)'M')
        || (head[0] == 0x89 && head[1] == (byte)'P')
        || (head[0] == (byte)'R' && head[1] == (byte)'I' && head[2] == (byte)'F' && head[3] == (byte)'F')
        || (head[4] == (byte)'m' && head[5] == (byte)'o' && head[6] == (byte)'o' && head[7] == (byte)'v')
        || (head[4] == (byte)'w' && head[5] == (byte)'i' && head[6] == (byte)'d' && head[7] == (byte)'e')
        || (head[4] == (byte)'m' && head[5] == (byte)'d' && head[6] == (byte)'a' && head[7] == (byte)'t');
}
