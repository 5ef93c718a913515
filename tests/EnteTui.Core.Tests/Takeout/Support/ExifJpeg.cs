using System.Buffers.Binary;
using System.Text;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>
/// A minimal JPEG (SOI, APP1 Exif, EOI) whose Exif sub-IFD holds DateTimeOriginal and optionally
/// OffsetTimeOriginal: enough for MetadataExtractor, written by hand since no package writes EXIF.
/// </summary>
public static class ExifJpeg
{
    public static byte[] Create(DateTime taken, string? offset = null)
    {
        var date = Encoding.ASCII.GetBytes(taken.ToString("yyyy:MM:dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "\0");
        var off = offset is null ? null : Encoding.ASCII.GetBytes(offset + "\0");
        var subCount = off is null ? 1 : 2;
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange(BitConverter.GetBytes((ushort)v));
        void U32(int v) => tiff.AddRange(BitConverter.GetBytes(v));
        tiff.AddRange("II"u8.ToArray());
        U16(42);
        U32(8);
        U16(1);
        U16(0x8769);
        U16(4);
        U32(1);
        U32(26);
        U32(0);
        var subIfdEnd = 26 + 2 + (12 * subCount) + 4;
        U16(subCount);
        U16(0x9003);
        U16(2);
        U32(date.Length);
        U32(subIfdEnd);
        if (off is not null)
        {
            U16(0x9011);
            U16(2);
            U32(off.Length);
            U32(subIfdEnd + date.Length);
        }

        U32(0);
        tiff.AddRange(date);
        if (off is not null)
        {
            tiff.AddRange(off);
        }

        var app1 = new List<byte>();
        app1.AddRange("Exif\0\0"u8.ToArray());
        app1.AddRange(tiff);
        var result = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE1 };
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(app1.Count + 2));
        result.AddRange(length);
        result.AddRange(app1);
        result.AddRange(new byte[] { 0xFF, 0xD9 });
        return result.ToArray();
    }
}
