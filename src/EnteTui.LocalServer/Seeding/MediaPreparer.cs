using System.IO.Compression;
using EnteTui.Core.Crypto;
using EnteTui.Core.Takeout.Matching;

namespace EnteTui.LocalServer.Seeding;

/// <summary>
/// Turns files on disk into <see cref="PreparedMedia"/> the way Ente's web uploader does:
/// creation time from EXIF (or the video's QuickTime date, or the file's mtime), content hash,
/// thumbnail (or the black placeholder), and live photos as a zip of `image.ext` + `video.ext`.
/// </summary>
public static class MediaPreparer
{
    public static async Task<PreparedMedia> PrepareAsync(string path, CancellationToken cancellationToken = default)
    {
        var isVideo = MediaTypes.IsVideo(path);
        var info = CaptureInfoReader.Read(path);
        var modified = ModificationTime(path);
        var thumbnail = isVideo ? null : ThumbnailMaker.TryCreate(path);
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
            CreationTime = info.CreationTime ?? modified,
            ModificationTime = modified,
            Hash = hash,
            Thumbnail = thumbnail ?? ThumbnailMaker.BlackPlaceholder,
            HasStaticThumbnail = thumbnail is null,
            Latitude = info.Latitude,
            Longitude = info.Longitude,
            Duration = isVideo ? info.DurationSeconds : null,
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

    private static byte[] Zip(string imagePath, string videoPath)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntryFromFile(imagePath, "image" + Path.GetExtension(imagePath).ToLowerInvariant(), CompressionLevel.NoCompression);
            archive.CreateEntryFromFile(videoPath, "video" + Path.GetExtension(videoPath).ToLowerInvariant(), CompressionLevel.NoCompression);
        }

        return buffer.ToArray();
    }

    /// <summary>The file's mtime in µs (the web: lastModified ms × 1000).</summary>
    private static long ModificationTime(string path) =>
        new DateTimeOffset(File.GetLastWriteTimeUtc(path)).ToUnixTimeMilliseconds() * 1000;
}
