using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using EnteTui.Fixtures;
using SkiaSharp;

namespace EnteTui.Benchmarks;

/// <summary>
/// Camera-sized inputs for the import benchmark, written straight to disk: a zip part of 12 MP
/// JPEGs (~7.6 MB each, every file made unique by a comment segment) and a zip part holding one
/// large MP4 whose payload is streamed, so neither ever sits in memory whole.
/// </summary>
internal static class CameraTakeout
{
    public const int Width = 4000;
    public const int Height = 3000;

    /// <summary>One zip part with <paramref name="count"/> 12 MP JPEGs and their sidecars; returns the part and the media bytes.</summary>
    public static (string Part, long Bytes) WritePhotos(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "takeout-20241001T000000Z-001.zip");
        var basis = CameraJpeg();
        long bytes = 0;
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"PXL_{i:00000}.jpg");
            var jpeg = WithComment(basis, i);
            using (var entry = zip.CreateEntry(TakeoutBuilder.Root + "Photos from 2024/" + name, CompressionLevel.Fastest).Open())
            {
                entry.Write(jpeg);
            }

            using (var sidecar = zip.CreateEntry(TakeoutBuilder.Root + "Photos from 2024/" + name + ".json", CompressionLevel.Fastest).Open())
            {
                sidecar.Write(System.Text.Encoding.UTF8.GetBytes(new SidecarSpec(name) { PhotoTakenTime = 1_700_000_000 + (i * 60L) }.ToJson()));
            }

            bytes += jpeg.Length;
        }

        return (path, bytes);
    }

    /// <summary>One zip part with a single MP4 of <paramref name="payloadBytes"/> (stored, streamed from a generator).</summary>
    public static (string Part, long Bytes) WriteVideo(string dir, long payloadBytes)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "takeout-20241001T000000Z-002.zip");
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        using var entry = zip.CreateEntry(TakeoutBuilder.Root + "Photos from 2024/VID_20240101_120000.mp4", CompressionLevel.NoCompression).Open();
        var head = MediaFactory.Mp4(600, DateTimeOffset.FromUnixTimeSeconds(1_704_110_400), 0, 1);
        var mdat = head.AsSpan(head.Length - 8);
        BinaryPrimitives.WriteUInt32BigEndian(mdat, 1);
        entry.Write(head);
        Span<byte> large = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(large, (ulong)payloadBytes + 16);
        entry.Write(large);
        using var payload = new SyntheticStream(payloadBytes, 7);
        payload.CopyTo(entry, 1024 * 1024);
        return (path, head.Length + 8 + payloadBytes);
    }

    /// <summary>A 12 MP photo-like JPEG: smooth gradients with sensor-like noise, ~7.6 MB at quality 92.</summary>
    internal static byte[] CameraJpeg()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = new byte[Width * Height * 4];
        var random = new Random(12);
        var noise = new byte[pixels.Length];
        random.NextBytes(noise);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var i = ((y * Width) + x) * 4;
                pixels[i] = (byte)Math.Clamp((x * 255 / Width) + (noise[i] % 108) - 54, 0, 255);
                pixels[i + 1] = (byte)Math.Clamp((y * 255 / Height) + (noise[i + 1] % 108) - 54, 0, 255);
                pixels[i + 2] = (byte)Math.Clamp(128 + (noise[i + 2] % 108) - 54, 0, 255);
                pixels[i + 3] = 255;
            }
        }

        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 92);
        return data.ToArray();
    }

    /// <summary>
    /// The JPEG with a COM segment after SOI naming <paramref name="index"/> and padded by as many
    /// bytes: same picture, a different size and content hash each (as camera files have).
    /// </summary>
    private static byte[] WithComment(byte[] jpeg, int index)
    {
        var text = System.Text.Encoding.ASCII.GetBytes(index.ToString(CultureInfo.InvariantCulture) + new string('.', index));
        var result = new byte[jpeg.Length + 4 + text.Length];
        jpeg.AsSpan(0, 2).CopyTo(result);
        result[2] = 0xFF;
        result[3] = 0xFE;
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(4), (ushort)(text.Length + 2));
        text.CopyTo(result.AsSpan(6));
        jpeg.AsSpan(2).CopyTo(result.AsSpan(6 + text.Length));
        return result;
    }
}
