using SkiaSharp;

namespace EnteTui.Core.Media;

/// <summary>
/// The one thumbnailer of the import and the local server's seeding (spec §5.4): the format comes
/// from the bytes, not the name; pictures through <see cref="PictureDecoders"/> (SkiaSharp for JPEG,
/// Magick.NET for the rest and for a JPEG SkiaSharp cannot read), videos through ffmpeg when it is
/// installed; Ente's black fallback otherwise.
/// </summary>
public sealed class Thumbnailer(FfmpegTools ffmpeg)
{
    private static readonly Lazy<byte[]> FallbackBytes = new(MakeFallback);

    /// <summary>The all-black 300×150 JPEG used when no thumbnail can be made.</summary>
    public static byte[] FallbackJpeg => FallbackBytes.Value;

    public static MediaThumbnail Fallback => new(FallbackJpeg, true, null, null);

    public FfmpegTools Ffmpeg => ffmpeg;

    /// <summary>A thumbnail of an encoded picture; the fallback when it cannot be decoded.</summary>
    public static MediaThumbnail FromImage(byte[] encoded, string fileName) =>
        PictureDecoders.Thumbnail(encoded, fileName) ?? Fallback;

    /// <summary>
    /// A picture read from its source, whose first bytes are <paramref name="head"/>: a JPEG is decoded
    /// straight from the stream at reduced size (the file is never held whole); when that fails, or
    /// <paramref name="skiaTried"/> says it already failed in the read that hashed the file, or the
    /// picture is no JPEG, it is read (once more) into one array of the <paramref name="size"/> listed
    /// for the other decoder (no growing buffer and copy of a large RAW).
    /// </summary>
    public static async Task<MediaThumbnail> FromImageStreamAsync(Func<CancellationToken, Task<Stream>> open, ReadOnlyMemory<byte> head, long size, string fileName, bool skiaTried, CancellationToken cancellationToken)
    {
        var isJpeg = MediaSniffer.FormatOf(head.Span) == MediaFormat.Jpeg;
        if (isJpeg && !skiaTried)
        {
            await using var stream = await open(cancellationToken);
            if (SkiaJpegThumbnails.Create(stream) is { } streamed)
            {
                return streamed;
            }
        }

        using var whole = new MemoryStream((int)Math.Clamp(size, 0, Array.MaxLength));
        await using (var again = await open(cancellationToken))
        {
            await again.CopyToAsync(whole, cancellationToken);
        }

        var bytes = whole.Length == whole.Capacity ? whole.GetBuffer() : whole.ToArray();
        return PictureDecoders.Thumbnail(bytes, fileName, skiaTried: isJpeg) ?? Fallback;
    }

    /// <summary>
    /// A JPEG's thumbnail decoded while <paramref name="stream"/> is read (not to its end, and left
    /// open: the caller reads the rest); null when the bytes are not a JPEG SkiaSharp can decode.
    /// </summary>
    public static MediaThumbnail? FromJpegStream(Stream stream) => SkiaJpegThumbnails.Create(new NonClosingStream(stream));

    /// <summary>A video file's thumbnail with its size and duration; the fallback (with what ffprobe said) without ffmpeg or a frame.</summary>
    public async Task<MediaThumbnail> FromVideoFileAsync(string path, CancellationToken cancellationToken)
    {
        if (ffmpeg.Options is not { } tools || await VideoThumbnails.CreateAsync(path, tools, cancellationToken) is not { } video)
        {
            return Fallback;
        }

        return video.Thumbnail ?? (Fallback with { SourceWidth = video.Width, SourceHeight = video.Height, DurationSeconds = video.Seconds });
    }

    /// <summary>A file on disk, image or video by its content.</summary>
    public async Task<MediaThumbnail> FromFileAsync(string path, CancellationToken cancellationToken)
    {
        return await MediaKinds.ClassifyFileAsync(path, cancellationToken) == EnteFileType.Video
            ? await FromVideoFileAsync(path, cancellationToken)
            : FromImage(await File.ReadAllBytesAsync(path, cancellationToken), path);
    }

    private static byte[] MakeFallback()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(300, 150, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Black);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data?.ToArray() ?? throw new InvalidOperationException("SkiaSharp could not encode a JPEG.");
    }
}
