namespace EnteTui.Core.Import.Media;

/// <summary>
/// The one table of media signatures (as Ente's uploader detects a file's type from its bytes): the
/// import's file type, the thumbnailer and the EXIF head read all ask here. The name may lie (JPEGs
/// named `.HEIC`, Pixel motion videos named `.MP`); names are the other table, <see cref="MediaTypes"/>.
/// </summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="FormatOf"/> looks at.</summary>
    public const int HeadLength = 64;

    private const string IsoBrand = "????ftyp";

    /// <summary>First match wins: the ISO-BMFF brands before the plain `ftyp` (an MP4), the RAWs before plain TIFF.</summary>
    private static readonly MediaSignature[] Signatures =
    [
        new("\xFF\xD8\xFF", MediaFormat.Jpeg),
        new("\x89PNG", MediaFormat.Png),
        new("GIF8", MediaFormat.Gif),
        new("RIFF????WEBP", MediaFormat.WebP),
        new("RIFF????AVI ", MediaFormat.Avi),
        new("\x1A\x45\xDF\xA3", MediaFormat.Matroska),
        .. Brands(MediaFormat.Heic, "heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"),
        .. Brands(MediaFormat.Avif, "avif", "avis"),
        .. Brands(MediaFormat.Cr3, "crx "),
        .. Brands(MediaFormat.QuickTime, "qt  "),
        .. Brands(MediaFormat.ThreeGp, "3g??"),
        new(IsoBrand + "????", MediaFormat.Mp4),

        // QuickTime files older than `ftyp` begin with another top-level atom.
        new("????moov", MediaFormat.QuickTime),
        new("????wide", MediaFormat.QuickTime),
        new("????mdat", MediaFormat.QuickTime),
        new("FUJIFILMCCD-RAW", MediaFormat.Raf),
        new("IIRO", MediaFormat.Orf),
        new("IIRS", MediaFormat.Orf),
        new("MMOR", MediaFormat.Orf),
        new("IIU\0", MediaFormat.Rw2),
        new("II*\0", MediaFormat.Tiff),
        new("MM\0*", MediaFormat.Tiff),

        // "BM" alone is too common a start: a bitmap's 14-byte file header must be there.
        new("BM" + new string(MediaSignature.AnyByte, 12), MediaFormat.Bmp),
    ];

    public static MediaFormat FormatOf(ReadOnlySpan<byte> head)
    {
        foreach (var signature in Signatures)
        {
            if (signature.Matches(head))
            {
                return signature.Format;
            }
        }

        return MediaFormat.Unknown;
    }

    /// <summary>Whether the bytes begin as a known media container (the scan reads such heads for their dates).</summary>
    public static bool IsMedia(ReadOnlySpan<byte> head) => FormatOf(head) != MediaFormat.Unknown;

    private static IEnumerable<MediaSignature> Brands(MediaFormat format, params string[] brands) =>
        brands.Select(brand => new MediaSignature(IsoBrand + brand, format));
}
