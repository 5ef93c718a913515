using EnteTui.Core.Import.Media;
using EnteTui.Core.Media.Exif;
using EnteTui.Fixtures;
using ImageMagick;

namespace EnteTui.Core.Tests.Import;

/// <summary>
/// One table of first-byte signatures: the import's file type, the thumbnailer and the scan's EXIF
/// head read all ask <see cref="MediaSniffer"/>. Two tables once judged these inputs differently: a
/// real file of a format is media (and its head is read for dates), bytes that only begin like one are not.
/// </summary>
public class OneSignatureTableTests
{
    public static TheoryData<string, byte[]> LookAlikes => new()
    {
        { "text beginning with II", "II said this is a text file, not a TIFF"u8.ToArray() },
        { "text beginning with MM", "MMMM, a text file that is not a TIFF at all"u8.ToArray() },
        { "FF D8 without a JPEG marker", [0xFF, 0xD8, 0x00, 0x10, .. "not a JPEG, only its first two bytes"u8] },
        { "0x89 P without NG", [0x89, (byte)'P', (byte)'X', (byte)'Y', .. "not a PNG, only its first two bytes"u8] },
        { "a RIFF WAVE sound", [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x44, 0xAC, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Bytes_that_only_begin_like_media_are_no_format_and_their_head_is_not_read(string what, byte[] bytes)
    {
        Assert.True(MediaFormat.Unknown == MediaSniffer.FormatOf(bytes), what);
        Assert.Equal(MediaFacts.None, MediaFactsReader.ReadHead(new MemoryStream(bytes)));
        Assert.Null(MediaKinds.Classify("notes.txt", bytes));
    }

    public static TheoryData<string, byte[], string> RealFiles => new()
    {
        { "JPEG", MediaFactory.Jpeg(16, 16, 1, MediaFactory.HeicExif), "jpeg" },
        { "PNG", MediaFactory.Png(16, 16, 1, MediaFactory.HeicExif), "png" },
        { "HEIC", MediaFactory.HeicWithExif(), "heic" },
        { "GIF", Picture(MagickFormat.Gif), "gif" },
        { "BMP", Picture(MagickFormat.Bmp), "bmp" },
        { "WebP", Picture(MagickFormat.WebP), "webp" },
        { "TIFF", Picture(MagickFormat.Tiff), "tiff" },
        { "MP4", MediaFactory.Mp4(2.5, new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.Zero), 1000, 1), "mp4" },
        { "QuickTime without ftyp (moov first)", MediaFactory.Mp4(2.5, new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.Zero), 1000, 1)[28..], "mov" },
        { "Fujifilm RAF", CameraRaws.Make("DSCF0006.RAF", MediaFactory.Jpeg(64, 48, 2), 64, 48), "raf" },
        { "Olympus ORF", CameraRaws.Make("P0000007.ORF", MediaFactory.Jpeg(64, 48, 2), 64, 48), "orf" },
        { "Canon CR3", CameraRaws.Make("IMG_0003.CR3", MediaFactory.Jpeg(64, 48, 2), 64, 48), "cr3" },
        { "Nikon NEF", CameraRaws.Make("DSC_0004.NEF", MediaFactory.Jpeg(64, 48, 2), 64, 48), "tiff" },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void A_real_file_is_its_format_and_its_head_says_what_the_whole_file_says(string what, byte[] bytes, string format)
    {
        Assert.True(format == MediaSniffer.FormatOf(bytes).Name, $"{what}: {MediaSniffer.FormatOf(bytes).Name}");
        Assert.NotNull(MediaKinds.Classify("no-extension", bytes));
        Assert.Equal(MediaFactsReader.Read(new MemoryStream(bytes)), MediaFactsReader.ReadHead(new MemoryStream(bytes)));
    }

    [Fact]
    public void A_quicktime_file_without_ftyp_is_a_video_by_its_bytes_whatever_its_name()
    {
        var mov = MediaFactory.Mp4(2.5, new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.Zero), 1000, 1)[28..];

        Assert.Equal(EnteFileType.Video, MediaKinds.Classify("IMG_0001.jpg", mov));
        Assert.Equal(EnteFileType.Video, MediaKinds.Classify("IMG_0001", mov));
    }

    [Fact]
    public void A_raf_head_gives_the_camera_its_embedded_exif_names()
    {
        var raf = CameraRaws.Make("DSCF0006.RAF", MediaFactory.Jpeg(64, 48, 2), 64, 48);

        Assert.Equal("FUJIFILM", MediaFactsReader.ReadHead(new MemoryStream(raf)).CameraMake);
    }

    private static byte[] Picture(MagickFormat format)
    {
        using var image = new MagickImage("plasma:red-blue", 32, 24);
        image.Format = format;
        return image.ToByteArray();
    }
}
