using System.Buffers.Binary;
using System.Text;

namespace EnteTui.Fixtures;

/// <summary>
/// A minimal Fujifilm RAF: the "FUJIFILMCCD-RAW" header (model name, then big-endian offsets and
/// lengths of the JPEG preview, the CFA header and the CFA data), the preview with its EXIF (LibRaw
/// takes the camera make from it), a CFA header with the raw size and flat grey 16-bit sensor data.
/// </summary>
public static class RafFactory
{
    private const int HeaderLength = 160;
    private const ushort RawWidth = 64;
    private const ushort RawHeight = 48;

    public static byte[] Raf(byte[] previewJpeg)
    {
        var preview = ExifWriter.Insert(previewJpeg, new ExifData { Make = "FUJIFILM", Model = "X-T3" });
        var cfaHeader = CfaHeader();
        var rawBytes = RawWidth * RawHeight * 2;
        var jpegAt = HeaderLength;
        var cfaHeaderAt = Align(jpegAt + preview.Length);
        var cfaAt = Align(cfaHeaderAt + cfaHeader.Length);

        var file = new byte[cfaAt + rawBytes];
        "FUJIFILMCCD-RAW 0201FF393201"u8.CopyTo(file);
        Encoding.ASCII.GetBytes("X-T3").CopyTo(file, 0x1C);
        "0100"u8.CopyTo(file.AsSpan(0x3C));
        WriteOffsetAndLength(file, 0x54, jpegAt, preview.Length);
        WriteOffsetAndLength(file, 0x5C, cfaHeaderAt, cfaHeader.Length);
        WriteOffsetAndLength(file, 0x64, cfaAt, rawBytes);
        preview.CopyTo(file, jpegAt);
        cfaHeader.CopyTo(file, cfaHeaderAt);
        for (var i = cfaAt; i < file.Length; i += 2)
        {
            BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(i), 2048);
        }

        return file;
    }

    /// <summary>A record count, then records of tag, length and value: 0x100 is the full raw size, 0x121 the image size (height first).</summary>
    private static byte[] CfaHeader()
    {
        var header = new byte[4 + (2 * 8)];
        BinaryPrimitives.WriteUInt32BigEndian(header, 2);
        var at = 4;
        foreach (var tag in (ushort[])[0x100, 0x121])
        {
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(at), tag);
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(at + 2), 4);
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(at + 4), RawHeight);
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(at + 6), RawWidth);
            at += 8;
        }

        return header;
    }

    private static void WriteOffsetAndLength(byte[] file, int at, int offset, int length)
    {
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(at), (uint)offset);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(at + 4), (uint)length);
    }

    private static int Align(int offset) => (offset + 3) & ~3;
}
