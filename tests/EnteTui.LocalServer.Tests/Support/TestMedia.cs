using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace EnteTui.LocalServer.Tests.Support;

/// <summary>Real media written by the tests: JPEGs (optionally with EXIF DateTimeOriginal) and stand-in videos.</summary>
internal static class TestMedia
{
    public static byte[] Jpeg(int width = 64, int height = 48, byte shade = 120)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(shade, (byte)(255 - shade), 90));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG whose EXIF holds DateTimeOriginal (and OffsetTimeOriginal when given).</summary>
    public static byte[] JpegWithExifDate(DateTime localTime, string? offset = null, int width = 64, int height = 48)
    {
        var jpeg = Jpeg(width, height);
        var exif = ExifSegment(localTime.ToString("yyyy:MM:dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), offset);
        return [.. jpeg.AsSpan(0, 2), .. exif, .. jpeg.AsSpan(2)];
    }

    /// <summary>Bytes with a video extension that no decoder understands: the server must fall back to the black thumbnail.</summary>
    public static byte[] FakeVideo(int length = 50_000, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string Write(string directory, string name, byte[] content, DateTime? mtimeUtc = null)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        if (mtimeUtc is { } mtime)
        {
            File.SetLastWriteTimeUtc(path, mtime);
        }

        return path;
    }

    // APP1 "Exif\0\0" + little-endian TIFF: IFD0 with an ExifIFD pointer; Exif IFD with 0x9003 (and 0x9011).
    private static byte[] ExifSegment(string dateTime, string? offset)
    {
        var entries = new List<(ushort Tag, byte[] Value)> { (0x9003, Ascii(dateTime)) };
        if (offset is not null)
        {
            entries.Add((0x9011, Ascii(offset)));
        }

        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray());
        tiff.AddRange(U16(42));
        tiff.AddRange(U32(8));
        tiff.AddRange(U16(1));
        tiff.AddRange(U16(0x8769));
        tiff.AddRange(U16(4));
        tiff.AddRange(U32(1));
        tiff.AddRange(U32(26));
        tiff.AddRange(U32(0));
        var exifIfdStart = 26;
        var dataStart = exifIfdStart + 2 + (entries.Count * 12) + 4;
        var data = new List<byte>();
        tiff.AddRange(U16((ushort)entries.Count));
        foreach (var (tag, value) in entries)
        {
            tiff.AddRange(U16(tag));
            tiff.AddRange(U16(2));
            tiff.AddRange(U32((uint)value.Length));
            tiff.AddRange(U32((uint)(dataStart + data.Count)));
            data.AddRange(value);
        }

        tiff.AddRange(U32(0));
        tiff.AddRange(data);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        return [0xFF, 0xE1, .. U16BigEndian((ushort)(payload.Length + 2)), .. payload];
    }

    private static byte[] Ascii(string text) => [.. Encoding.ASCII.GetBytes(text), 0];

    private static byte[] U16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] U16BigEndian(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }
}
