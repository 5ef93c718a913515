using System.Globalization;
using EnteTui.Core.Import.Media;
using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Takeout.Sidecars;

namespace EnteTui.Core.Import.Metadata;

/// <summary>
/// Builds the metadata JSON values the web uploader writes (spec §5.5), with the Takeout sidecar
/// first and the file's own facts as fallbacks. Zone-less times are read in <see cref="Zone"/>
/// (UTC unless the user names another zone).
/// </summary>
public sealed class MetadataBuilder(TimeZoneInfo? zone, TimeProvider time)
{
    private const long MicrosPerSecond = 1_000_000;

    public TimeZoneInfo Zone { get; } = zone ?? TimeZoneInfo.Utc;

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
        if (sidecar?.PhotoTakenTime is long taken and not 0)
        {
            return (taken * MicrosPerSecond, DateSource.PhotoTakenTime);
        }

        if (ExifInstant(input.Media) is { } exif)
        {
            return (ToMicros(exif), DateSource.Exif);
        }

        if ((input.Media.CreationInstant ?? input.VideoMedia?.CreationInstant) is { } video)
        {
            return (ToMicros(video), DateSource.Video);
        }

        if (FileNameDates.Find(input.FileName, time.GetUtcNow()) is { } named)
        {
            return (ToMicros(FromLocal(named)), DateSource.FileName);
        }

        if (sidecar?.CreationTime is long uploaded and not 0
            && (input.FolderYear is null || DateTimeOffset.FromUnixTimeSeconds(uploaded).Year == input.FolderYear))
        {
            return (uploaded * MicrosPerSecond, DateSource.SidecarCreationTime);
        }

        if (input.FolderYear is int year and >= 1900 and <= 2200)
        {
            return (ToMicros(FromLocal(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified))), DateSource.YearFolder);
        }

        return (ToMicros(time.GetUtcNow()), DateSource.ImportTime);
    }

    private DateTimeOffset? ExifInstant(MediaFacts media)
    {
        if (media.DateTimeOriginal is not { } local)
        {
            return null;
        }

        return media.OffsetTimeOriginal is { } offset ? new DateTimeOffset(local, offset) : FromLocal(local);
    }

    private DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

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

        if (source == DateSource.Exif && input.Media.DateTimeOriginal is { } local)
        {
            magic["dateTime"] = local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            if (input.Media.OffsetTimeOriginal is { } offset)
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
