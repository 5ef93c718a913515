using System.IO.Compression;
using System.Text.Json.Nodes;
using EnteTui.Core.Import.Media;
using EnteTui.Core.Media;
using EnteTui.Core.Media.Exif;
using EnteTui.Core.Takeout.Dates;

namespace EnteTui.LocalServer.Seeding;

/// <summary>
/// Turns files on disk into <see cref="PreparedMedia"/> the way Ente's web uploader does:
/// creation time from the shared <see cref="MediaFactsReader"/> (EXIF, or the video's QuickTime date; a naive time is UTC) or the file's mtime, content hash,
/// thumbnail, size and duration from the shared <see cref="Thumbnailer"/> (or the black placeholder), and live photos as a zip of `image.ext` + `video.ext`.
/// </summary>
public static class MediaPreparer
{
    private static readonly Thumbnailer Thumbnails = new(new FfmpegTools(MediaToolOptions.FromPath));

    public static async Task<PreparedMedia> PrepareAsync(string path, CancellationToken cancellationToken = default)
    {
        var isVideo = await MediaKinds.ClassifyFileAsync(path, cancellationToken) == EnteFileType.Video;
        var facts = MediaFactsReader.Read(path);
        var modified = ModificationTime(path);
        var thumbnail = await Thumbnails.FromFileAsync(path, cancellationToken);
        string hash;
        await using (var stream = File.OpenRead(path))
        {
            hash = await ContentHash.ComputeAsync(stream, cancellationToken);
        }

        return new PreparedMedia
        {
            Title = Path.GetFileName(path),
            FileType = isVideo ? PreparedMedia.Video : PreparedMedia.Image,
            OpenContent = () => File.OpenRead(path),
            CreationTime = facts.CaptureDate is { } captured ? MonotonicClock.Micros(LocalTimes.ToInstant(captured.DateTime, captured.Offset, null)) : modified,
            ModificationTime = modified,
            Hash = hash,
            Thumbnail = thumbnail.Jpeg,
            HasStaticThumbnail = thumbnail.IsStatic,
            Latitude = facts.Gps?.Latitude,
            Longitude = facts.Gps?.Longitude,
            Duration = isVideo && (thumbnail.DurationSeconds ?? facts.DurationSeconds) is double seconds ? (int)Math.Ceiling(seconds) : null,
            PublicMagicMetadata = thumbnail is { SourceWidth: int w, SourceHeight: int h } ? new JsonObject { ["w"] = w, ["h"] = h } : null,
        };
    }

    /// <summary>An image and its motion video as one live photo (fileType 2; title and date from the image).</summary>
    public static async Task<PreparedMedia> PrepareLivePhotoAsync(string imagePath, string videoPath, CancellationToken cancellationToken = default)
    {
        var image = await PrepareAsync(imagePath, cancellationToken);
        var video = await PrepareAsync(videoPath, cancellationToken);
        var zip = Zip(imagePath, videoPath);
        return image with
        {
            FileType = PreparedMedia.LivePhoto,
            OpenContent = () => new MemoryStream(zip, writable: false),
            Hash = ContentHash.LivePhoto(image.Hash, video.Hash),
            Duration = null,
            ModificationTime = Math.Max(image.ModificationTime, video.ModificationTime),
        };
    }

    /// <summary>`image.ext` + `video.ext` as Ente's clients write them, or hostile names for a `hostile-zip` stem (see <see cref="SeedConventions"/>).</summary>
    private static byte[] Zip(string imagePath, string videoPath)
    {
        var imageExtension = Path.GetExtension(imagePath).ToLowerInvariant();
        var videoExtension = Path.GetExtension(videoPath).ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(imagePath);
        var hostile = stem.StartsWith(SeedConventions.HostileZipPrefix, StringComparison.OrdinalIgnoreCase);
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntryFromFile(imagePath, hostile ? $"image/../../../{stem}{imageExtension}" : "image" + imageExtension, CompressionLevel.NoCompression);
            archive.CreateEntryFromFile(videoPath, hostile ? $"..\\..\\video{videoExtension}" : "video" + videoExtension, CompressionLevel.NoCompression);
        }

        return buffer.ToArray();
    }

    /// <summary>The file's mtime in µs (the web: lastModified ms × 1000).</summary>
    private static long ModificationTime(string path) =>
        new DateTimeOffset(File.GetLastWriteTimeUtc(path)).ToUnixTimeMilliseconds() * 1000;
}
