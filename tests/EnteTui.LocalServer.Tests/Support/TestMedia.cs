using EnteTui.Fixtures;
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
    public static byte[] JpegWithExifDate(DateTime localTime, string? offset = null, int width = 64, int height = 48) =>
        ExifWriter.Insert(Jpeg(width, height), ExifData.Taken(localTime, offset));

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
}
