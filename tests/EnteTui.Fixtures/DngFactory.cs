using System.Buffers.Binary;
using System.Text;
using static EnteTui.Fixtures.TiffIfd;

namespace EnteTui.Fixtures;

/// <summary>
/// A minimal DNG as cameras and converters write it: a little-endian TIFF whose first IFD is a
/// JPEG preview (NewSubfileType 1) and whose SubIFD holds 16-bit Bayer sensor data (CFA), with the
/// DNG version tags. The sensor data is flat grey, so a picture in the thumbnail can only come
/// from the embedded preview.
/// </summary>
public static class DngFactory
{
    public static byte[] Dng(byte[] previewJpeg, int previewWidth, int previewHeight, int rawWidth = 800, int rawHeight = 600)
    {
        var rawBytes = rawWidth * rawHeight * 2;
        var preview = new List<Entry>
        {
            new(254, Long, 1, U32(1)),
            new(256, Long, 1, U32((uint)previewWidth)),
            new(257, Long, 1, U32((uint)previewHeight)),
            new(258, Short, 3, U16(8, 8, 8)),
            new(259, Short, 1, U16(7)),
            new(262, Short, 1, U16(6)),
            new(271, TiffIfd.Ascii, 8, Encoding.ASCII.GetBytes("EnteTui\0")),
            new(272, TiffIfd.Ascii, 9, Encoding.ASCII.GetBytes("Test DNG\0")),
            new(273, Long, 1, U32(0)),
            new(274, Short, 1, U16(1)),
            new(277, Short, 1, U16(3)),
            new(278, Long, 1, U32((uint)previewHeight)),
            new(279, Long, 1, U32((uint)previewJpeg.Length)),
            new(330, Long, 1, U32(0)),
            new(50706, TiffIfd.Byte, 4, [1, 4, 0, 0]),
            new(50707, TiffIfd.Byte, 4, [1, 1, 0, 0]),
            new(50708, TiffIfd.Ascii, 17, Encoding.ASCII.GetBytes("EnteTui Test DNG\0")),
            new(50721, SRational, 9, Identity()),
            new(50778, Short, 1, U16(21)),
        };
        var raw = new List<Entry>
        {
            new(254, Long, 1, U32(0)),
            new(256, Long, 1, U32((uint)rawWidth)),
            new(257, Long, 1, U32((uint)rawHeight)),
            new(258, Short, 1, U16(16)),
            new(259, Short, 1, U16(1)),
            new(262, Short, 1, U16(32803)),
            new(273, Long, 1, U32(0)),
            new(277, Short, 1, U16(1)),
            new(278, Long, 1, U32((uint)rawHeight)),
            new(279, Long, 1, U32((uint)rawBytes)),
            new(284, Short, 1, U16(1)),
            new(33421, Short, 2, U16(2, 2)),
            new(33422, TiffIfd.Byte, 4, [0, 1, 1, 2]),
            new(50717, Long, 1, U32(65535)),
        };

        var rawIfd = 8 + TiffIfd.Size(preview);
        var jpegAt = rawIfd + TiffIfd.Size(raw);
        var pixelsAt = jpegAt + previewJpeg.Length + (previewJpeg.Length % 2);
        preview[8] = preview[8] with { Value = U32((uint)jpegAt) };
        preview[13] = preview[13] with { Value = U32((uint)rawIfd) };
        raw[6] = raw[6] with { Value = U32((uint)pixelsAt) };

        var file = new byte[pixelsAt + rawBytes];
        "II*\0"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), 8);
        TiffIfd.Encode(8, preview).CopyTo(file, 8);
        TiffIfd.Encode(rawIfd, raw).CopyTo(file, rawIfd);
        previewJpeg.CopyTo(file, jpegAt);
        for (var i = pixelsAt; i < file.Length; i += 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(i), 4096);
        }

        return file;
    }

    private static byte[] Identity()
    {
        var bytes = new byte[72];
        for (var i = 0; i < 9; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 8), i % 4 == 0 ? 1 : 0);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((i * 8) + 4), 1);
        }

        return bytes;
    }
}
