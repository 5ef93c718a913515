namespace EnteTui.Core.Media;

/// <summary>
/// The one place that picks a picture's decoder and falls back to the next: a JPEG through
/// SkiaSharp's scaled decode, then Magick.NET when SkiaSharp cannot decode it; every other picture
/// through Magick.NET; a camera RAW through its embedded preview first (a JPEG, decoded the same way).
/// Pictures in memory, streamed ones read again whole, RAW previews and video frames all come here.
/// </summary>
internal static class PictureDecoders
{
    /// <summary>Null when no decoder can read the bytes. <paramref name="skiaTried"/>: SkiaSharp already failed on these bytes while they were streamed.</summary>
    public static MediaThumbnail? Thumbnail(byte[] encoded, bool isRaw, bool skiaTried = false)
    {
        if (isRaw && MagickThumbnails.RawPreview(encoded) is { } preview && Thumbnail(preview, isRaw: false) is { } fromPreview)
        {
            return fromPreview;
        }

        var decoded = !skiaTried && MediaSniffer.FormatOf(encoded) == MediaFormat.Jpeg ? SkiaJpegThumbnails.Create(encoded) : null;
        return decoded ?? MagickThumbnails.Create(encoded);
    }
}
