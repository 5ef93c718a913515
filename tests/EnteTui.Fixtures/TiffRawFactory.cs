using System.Buffers.Binary;
using static EnteTui.Fixtures.TiffIfd;

namespace EnteTui.Fixtures;

/// <summary>
/// Minimal camera RAWs of the TIFF family (Canon CR2, Nikon NEF, Sony ARW, Olympus ORF) as LibRaw
/// identifies them: the maker's header magic, IFD0 with Make/Model and the full-size JPEG preview
/// (JPEGInterchangeFormat/Length, as the cameras store it) and a SubIFD with 16-bit Bayer sensor data.
/// The sensor data is flat grey, so a picture in the thumbnail can only come from the preview.
/// </summary>
public static class TiffRawFactory
{
    private const int RawWidth = 64;
    private const int RawHeight = 48;

    /// <summary>Canon: "II*\0", IFD0 at 16, then "CR", version 2.0 and the raw IFD's offset.</summary>
    public static byte[] Cr2(byte[] previewJpeg) => Build(previewJpeg, "Canon", "Canon EOS 5D Mark IV", 16, (header, rawIfd) =>
    {
        "II*\0"u8.CopyTo(header);
        "CR\u0002\0"u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], (uint)rawIfd);
    });

    public static byte[] Nef(byte[] previewJpeg) => Build(previewJpeg, "NIKON CORPORATION", "NIKON D750", 8, (header, _) => "II*\0"u8.CopyTo(header));

    public static byte[] Arw(byte[] previewJpeg) => Build(previewJpeg, "SONY", "ILCE-7M3", 8, (header, _) => "II*\0"u8.CopyTo(header));

    /// <summary>Olympus writes "IIRO" where TIFF has 42.</summary>
    public static byte[] Orf(byte[] previewJpeg) => Build(previewJpeg, "OLYMPUS CORPORATION", "E-M1MarkII", 8, (header, _) => "IIRO"u8.CopyTo(header));

    private delegate void HeaderWriter(Span<byte> header, int rawIfdOffset);

    private static byte[] Build(byte[] previewJpeg, string make, string model, int headerLength, HeaderWriter writeHeader)
    {
        var rawBytes = RawWidth * RawHeight * 2;
        var ifd0 = new List<Entry>
        {
            Entry.Text(271, make),
            Entry.Text(272, model),
            new(274, Short, 1, U16(1)),
            new(330, Long, 1, U32(0)),
            new(513, Long, 1, U32(0)),
            new(514, Long, 1, U32((uint)previewJpeg.Length)),
        };
        var raw = new List<Entry>
        {
            new(254, Long, 1, U32(0)),
            new(256, Long, 1, U32(RawWidth)),
            new(257, Long, 1, U32(RawHeight)),
            new(258, Short, 1, U16(16)),
            new(259, Short, 1, U16(1)),
            new(262, Short, 1, U16(32803)),
            new(273, Long, 1, U32(0)),
            new(277, Short, 1, U16(1)),
            new(278, Long, 1, U32(RawHeight)),
            new(279, Long, 1, U32((uint)rawBytes)),
            new(33421, Short, 2, U16(2, 2)),
            new(33422, TiffIfd.Byte, 4, [0, 1, 1, 2]),
        };

        var rawIfd = headerLength + Size(ifd0);
        var jpegAt = rawIfd + Size(raw);
        var pixelsAt = jpegAt + previewJpeg.Length + (previewJpeg.Length % 2);
        ifd0[3] = ifd0[3] with { Value = U32((uint)rawIfd) };
        ifd0[4] = ifd0[4] with { Value = U32((uint)jpegAt) };
        raw[6] = raw[6] with { Value = U32((uint)pixelsAt) };

        var file = new byte[pixelsAt + rawBytes];
        writeHeader(file.AsSpan(0, headerLength), rawIfd);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)headerLength);
        Encode(headerLength, ifd0).CopyTo(file, headerLength);
        Encode(rawIfd, raw).CopyTo(file, rawIfd);
        previewJpeg.CopyTo(file, jpegAt);
        for (var i = pixelsAt; i < file.Length; i += 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(i), 2048);
        }

        return file;
    }
}
