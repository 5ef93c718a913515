namespace EnteTui.Core.Import.Media;

/// <summary>
/// Recognises a media container from its first bytes (as Ente's uploader does with its file-type
/// detection): the name may lie (JPEGs named `.HEIC`, Pixel motion videos named `.MP`).
/// </summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="FormatOf"/> looks at.</summary>
    public const int HeadLength = 64;

    public static MediaFormat FormatOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MediaFormat.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return MediaFormat.Png;
        }

        if (head.StartsWith("GIF8"u8))
        {
            return MediaFormat.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            return head[8..12].SequenceEqual("WEBP"u8) ? MediaFormat.WebP : head[8..12].SequenceEqual("AVI "u8) ? MediaFormat.Avi : MediaFormat.Unknown;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return MediaFormat.Matroska;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return FromBrand(Encoding.ASCII.GetString(head[8..12]));
        }

        return FromRawOrBitmap(head);
    }

    private static MediaFormat FromRawOrBitmap(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("FUJIFILMCCD-RAW"u8))
        {
            return MediaFormat.Raf;
        }

        if (head.StartsWith("IIRO"u8) || head.StartsWith("IIRS"u8) || head.StartsWith("MMOR"u8))
        {
            return MediaFormat.Orf;
        }

        if (head.StartsWith("IIU\0"u8))
        {
            return MediaFormat.Rw2;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return MediaFormat.Tiff;
        }

        return head.StartsWith("BM"u8) && head.Length >= 14 ? MediaFormat.Bmp : MediaFormat.Unknown;
    }

    private static MediaFormat FromBrand(string brand) => brand switch
    {
        "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" or "hevm" or "hevs" or "mif1" or "msf1" => MediaFormat.Heic,
        "avif" or "avis" => MediaFormat.Avif,
        "crx " => MediaFormat.Cr3,
        "qt  " => MediaFormat.QuickTime,
        _ when brand.StartsWith("3g", StringComparison.Ordinal) => MediaFormat.ThreeGp,
        _ => MediaFormat.Mp4,
    };
}
