namespace EnteTui.Core.Media;

/// <summary>
/// The one place that picks a picture's decoder and falls back to the next: a JPEG through
/// SkiaSharp's scaled decode, then Magick.NET when SkiaSharp cannot decode it; every other picture
/// through Magick.NET; a camera RAW through its embedded preview first (a JPEG, decoded the same way).
/// Pictures in memory, streamed ones read again whole, RAW previews and video frames all come here.
/// </summary>
internal static class PictureDecoders
{
    /// <summary>
    /// Null when no decoder can read the bytes. <paramref name="fileName"/>: tells a RAW that is TIFF
    /// inside (DNG, CR2, NEF, PEF, ...) from a plain TIFF; null for a picture with no name of its own (a video frame).
    /// <paramref name="skiaTried"/>: SkiaSharp already failed on these bytes while they were streamed.
    /// </summary>
    public static MediaThumbnail? Thumbnail(byte[] encoded, string? fileName, bool skiaTried = false)
    {
        var format = MediaSniffer.FormatOf(encoded);
        var isRaw = format.IsRaw || (format == MediaFormat.Tiff && fileName is not null && MediaTypes.IsRaw(fileName));
        return Decode(encoded, format, isRaw, skiaTried);
    }

    private static MediaThumbnail? Decode(byte[] encoded, MediaFormat format, bool isRaw, bool skiaTried)
    {
        if (isRaw && MagickThumbnails.RawPreview(encoded) is { } preview
            && Decode(preview, MediaSniffer.FormatOf(preview), isRaw: false, skiaTried: false) is { } fromPreview)
        {
            return fromPreview;
        }

        var decoded = !skiaTried && format == MediaFormat.Jpeg ? SkiaJpegThumbnails.Create(encoded) : null;
        return decoded ?? MagickThumbnails.Create(encoded);
    }
}
