using System.Buffers.Binary;
using SkiaSharp;

namespace EnteTui.Fixtures;

/// <summary>Real media for fixtures: JPEGs and PNGs drawn with SkiaSharp (optionally with EXIF) and minimal MP4s.</summary>
public static class MediaFactory
{
    /// <summary>A JPEG of the given size with a pattern that depends on <paramref name="seed"/> (so contents differ).</summary>
    public static byte[] Jpeg(int width, int height, int seed, ExifData? exif = null, int quality = 85)
    {
        var jpeg = Drawn(width, height, seed, SKEncodedImageFormat.Jpeg, quality);
        return exif is null ? jpeg : ExifWriter.Insert(jpeg, exif);
    }

    /// <summary>A PNG like <see cref="Jpeg"/>, with the EXIF in an eXIf chunk.</summary>
    public static byte[] Png(int width, int height, int seed, ExifData? exif = null)
    {
        var png = Drawn(width, height, seed, SKEncodedImageFormat.Png, 100);
        return exif is null ? png : ExifWriter.InsertPng(png, exif);
    }

    private static byte[] Drawn(int width, int height, int seed, SKEncodedImageFormat format, int quality)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            var random = new Random(seed);
            canvas.Clear(new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            using var paint = new SKPaint { IsAntialias = false };
            for (var i = 0; i < 12; i++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                canvas.DrawRect(random.Next(width), random.Next(height), random.Next(1, width), random.Next(1, height), paint);
            }
        }

        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A real 320×240 HEIC (HEVC in HEIF, as iPhones write it) of ffmpeg's test pattern.</summary>
    public static byte[] Heic() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Media", "testsrc-320x240.heic"));

    /// <summary>The EXIF that <see cref="HeicWithExif"/> carries.</summary>
    public static ExifData HeicExif { get; } = new()
    {
        DateTimeOriginal = "2021:03:04 05:06:07",
        SubSecTimeOriginal = "25",
        OffsetTimeOriginal = "-03:00",
        Latitude = -22.9068,
        Longitude = -43.1729,
        Make = "Apple",
        Model = "iPhone 12",
    };

    /// <summary>A real 320×240 HEIC whose Exif item holds <see cref="HeicExif"/> (heif-enc of <c>Jpeg(320, 240, 7, HeicExif)</c>).</summary>
    public static byte[] HeicWithExif() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Media", "testsrc-exif-rio.heic"));

    /// <summary>A JPEG of noise: large and hard to compress (for thumbnail size limits).</summary>
    public static byte[] NoiseJpeg(int width, int height, int seed)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var random = new Random(seed);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }

        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        return data.ToArray();
    }

    /// <summary>
    /// A minimal MP4: `ftyp`, `moov` with an `mvhd` (creation time, time scale 1000, duration) and an
    /// `mdat` of <paramref name="payloadBytes"/> seeded random bytes. Enough for metadata readers.
    /// </summary>
    public static byte[] Mp4(double durationSeconds, DateTimeOffset created, int payloadBytes, int seed)
    {
        using var output = new MemoryStream();
        WriteBox(output, "ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2mp41"u8]);
        var mvhd = new byte[100];
        var since1904 = (uint)(created.ToUnixTimeSeconds() + 2_082_844_800L);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(4), since1904);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(8), since1904);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), 1000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), (uint)(durationSeconds * 1000));
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(20), 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(mvhd.AsSpan(24), 0x0100);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(36), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(52), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(68), 0x40000000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(96), 2);
        using var moov = new MemoryStream();
        WriteBox(moov, "mvhd", mvhd);
        WriteBox(output, "moov", moov.ToArray());
        var payload = new byte[payloadBytes];
        new Random(seed).NextBytes(payload);
        WriteBox(output, "mdat", payload);
        return output.ToArray();
    }

    private static void WriteBox(Stream output, string type, byte[] body) => output.Write(IsoBox.Box(type, body));
}
