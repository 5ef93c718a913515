namespace EnteTui.Core.Import.Metadata;

/// <summary>
/// Builds the metadata JSON values the web uploader writes (spec §5.5), with the Takeout sidecar
/// first and the file's own facts as fallbacks; the capture date by <see cref="MediaDateResolver"/>
/// (zone-less times in <paramref name="zone"/>, UTC when none), the import time when nothing gives one.
/// </summary>
public sealed class MetadataBuilder(TimeZoneInfo? zone, TimeProvider time)
{
    private const long MicrosPerSecond = 1_000_000;
    private readonly MediaDateResolver dates = new(zone, time);

    public FileMetadata Build(MetadataInput input)
    {
        var sidecar = input.Sidecar;
        var (creation, source) = CreationTime(input);
        var modification = sidecar?.ModificationTime is long m and not 0 ? m * MicrosPerSecond : creation;
        var location = GeoPoint.Usable(sidecar?.GeoData) ?? GeoPoint.Usable(sidecar?.GeoDataExif)
            ?? GeoPoint.Usable(input.Media.Gps) ?? GeoPoint.Usable(input.VideoMedia?.Gps);

        return new FileMetadata
        {
            FileType = (int)input.FileType,
            Title = string.IsNullOrWhiteSpace(sidecar?.Title) ? Path.GetFileName(input.FileName) : sidecar.Title,
            CreationTime = creation,
            ModificationTime = modification,
            Hash = input.Hash,
            Duration = Duration(input),
            Latitude = location?.Latitude,
            Longitude = location?.Longitude,
            HasStaticThumbnail = input.HasStaticThumbnail,
            DateSource = source,
            PublicMagic = PublicMagic(input, source),
        };
    }

    private (long Micros, DateSource Source) CreationTime(MetadataInput input)
    {
        var sidecar = input.Sidecar;
        var resolved = dates.Resolve(
            Seconds(sidecar?.PhotoTakenTime),
            Seconds(sidecar?.CreationTime),
            EmbeddedDate(input),
            input.FileName,
            input.FolderDate?.ToDateTime(TimeOnly.MinValue));
        return (ToMicros(resolved.Value ?? time.GetUtcNow()), resolved.Source);
    }

    /// <summary>The file's own date; a live photo's video gives one when its image has none.</summary>
    private static CapturedExif? EmbeddedDate(MetadataInput input) => input.Media.CaptureDate ?? input.VideoMedia?.CaptureDate;

    private static DateTimeOffset? Seconds(long? epochSeconds) => epochSeconds is long s and not 0 ? DateTimeOffset.FromUnixTimeSeconds(s) : null;

    private static long ToMicros(DateTimeOffset instant) =>
        (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    private static int? Duration(MetadataInput input)
    {
        var seconds = input.FileType switch
        {
            EnteFileType.Video => input.Media.DurationSeconds,
            EnteFileType.LivePhoto => input.VideoMedia?.DurationSeconds,
            _ => null,
        };
        return seconds is double s and > 0 and < int.MaxValue ? (int)Math.Ceiling(s) : null;
    }

    private static Dictionary<string, object> PublicMagic(MetadataInput input, DateSource source)
    {
        var magic = new Dictionary<string, object>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(input.Sidecar?.Description))
        {
            magic["caption"] = input.Sidecar.Description;
        }

        if (input.Width is int w and > 0 && input.Height is int h and > 0)
        {
            magic["w"] = w;
            magic["h"] = h;
        }

        if (source == DateSource.Exif && input.Media.Exif is { } exif)
        {
            magic["dateTime"] = exif.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            if (exif.Offset is { } offset)
            {
                magic["offsetTime"] = (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            }
        }

        if (input.Media.CameraMake is { } make)
        {
            magic["cameraMake"] = make;
        }

        if (input.Media.CameraModel is { } model)
        {
            magic["cameraModel"] = model;
        }

        return magic;
    }
}
