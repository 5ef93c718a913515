using SkiaSharp;

namespace EnteTui.Core.Media;

/// <summary>
/// The one thumbnailer of the import and the local server's seeding (spec §5.4): the format comes
/// from the bytes, not the name; JPEG through SkiaSharp's scaled decode, every other image through
/// Magick.NET, videos through ffmpeg when it is installed; Ente's black fallback otherwise.
/// </summary>
public sealed class Thumbnailer(FfmpegTools ffmpeg)
{
    private static readonly Lazy<byte[]> FallbackBytes = new(MakeFallback);

    /// <summary>The all-black 300×150 JPEG used when no thumbnail can be made.</summary>
    public static byte[] FallbackJpeg => FallbackBytes.Value;

    public static MediaThumbnail Fallback => new(FallbackJpeg, true, null, null);

    public FfmpegTools Ffmpeg => ffmpeg;

    /// <summary>A thumbnail of an encoded picture; the fallback when it cannot be decoded.</summary>
    public static MediaThumbnail FromImage(byte[] encoded, string fileName)
    {
        var format = MediaSniffer.FormatOf(encoded);
        var thumbnail = format == MediaFormat.Jpeg
            ? SkiaJpegThumbnails.Create(encoded) ?? MagickThumbnails.Create(encoded, isRaw: false)
            : MagickThumbnails.Create(encoded, isRaw: format.IsRaw || (format == MediaFormat.Tiff && MediaKinds.IsRawName(fileName)));
        return thumbnail ?? Fallback;
    }

    /// <summary>
    /// A picture read from a stream whose first bytes are <paramref name="head"/>: a JPEG is decoded
    /// straight from the stream at reduced size (the file is never held whole), others are read first
    /// into one array of the <paramref name="size"/> listed (no growing buffer and copy of a large RAW).
    /// </summary>
    public static async Task<MediaThumbnail> FromImageStreamAsync(Stream stream, ReadOnlyMemory<byte> head, long size, string fileName, CancellationToken cancellationToken)
    {
        if (MediaSniffer.FormatOf(head.Span) == MediaFormat.Jpeg)
        {
            return SkiaJpegThumbnails.Create(stream) ?? Fallback;
        }

        using var whole = new MemoryStream((int)Math.Clamp(size, 0, Array.MaxLength));
        await stream.CopyToAsync(whole, cancellationToken);
        return FromImage(whole.Length == whole.Capacity ? whole.GetBuffer() : whole.ToArray(), fileName);
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
        var head = new byte[MediaSniffer.HeadLength];
        int read;
        await using (var stream = File.OpenRead(path))
        {
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        return MediaSniffer.FormatOf(head.AsSpan(0, read)).Kind == EnteFileType.Video
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
