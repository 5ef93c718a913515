using System.Buffers.Binary;
using static EnteTui.Fixtures.IsoBox;

namespace EnteTui.Fixtures;

/// <summary>
/// A minimal Canon CR3 as LibRaw parses it: `ftyp` brand "crx ", a `moov` holding Canon's metadata
/// `uuid` (CMT1: a TIFF IFD0 with Make/Model) and one video track whose `CRAW` sample entry carries the
/// `CMP1` image header, the top-level preview `uuid` with its `PRVW` JPEG, and an `mdat` of sensor bytes.
/// The sensor bytes are zeros, so a picture in the thumbnail can only come from the preview.
/// </summary>
public static class Cr3Factory
{
    private const int RawWidth = 64;
    private const int RawHeight = 48;
    private const int RawBytes = 4096;

    private static readonly byte[] CanonMetadataUuid = Convert.FromHexString("85C0B687820F11E08111F4CE462B6A48");
    private static readonly byte[] CanonPreviewUuid = Convert.FromHexString("EAF42B5E1C984B88B9FBB7DC406E4D16");

    public static byte[] Cr3(byte[] previewJpeg, int previewWidth, int previewHeight)
    {
        var ftyp = Box("ftyp", "crx "u8.ToArray(), U32(1), "crx isom"u8.ToArray());
        var preview = Box("uuid", CanonPreviewUuid, new byte[8], Prvw(previewJpeg, previewWidth, previewHeight));
        var moovLength = Moov(0).Length;
        var mdatAt = ftyp.Length + moovLength + preview.Length;
        return [.. ftyp, .. Moov((ulong)mdatAt + 8), .. preview, .. Box("mdat", new byte[RawBytes])];
    }

    private static byte[] Moov(ulong rawOffset) => Box(
        "moov",
        Box("uuid", CanonMetadataUuid, Box("CMT1", Ifd0())),
        Box(
            "trak",
            Box(
                "mdia",
                Box("hdlr", new byte[8], "vide"u8.ToArray(), new byte[13]),
                Box(
                    "minf",
                    Box(
                        "stbl",
                        Box("stsd", new byte[4], U32(1), Box("CRAW", new byte[82], Box("CMP1", Cmp1()))),
                        Box("stsz", new byte[4], U32(RawBytes), U32(1)),
                        Box("co64", new byte[4], U32(1), U64(rawOffset)))))));

    /// <summary>PRVW: two unknown words, version 1, the preview's width and height, 1, the JPEG's length, then the JPEG.</summary>
    private static byte[] Prvw(byte[] jpeg, int width, int height) => Box(
        "PRVW",
        new byte[4],
        U16(1),
        U16((ushort)width),
        U16((ushort)height),
        U16(1),
        U32((uint)jpeg.Length),
        jpeg);

    /// <summary>The raw track's image header: version 1.0, size, one tile, 14 bits, 4 planes (Bayer RGGB), a non-zero mdat header size.</summary>
    private static byte[] Cmp1()
    {
        var header = new byte[40];
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), 0x100);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), RawWidth);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12), RawHeight);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(16), RawWidth);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(20), RawHeight);
        header[24] = 14;
        header[25] = 4 << 4;
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(28), 16);
        return header;
    }

    private static byte[] Ifd0()
    {
        List<TiffIfd.Entry> entries = [TiffIfd.Entry.Text(271, "Canon"), TiffIfd.Entry.Text(272, "Canon EOS R5")];
        return [.. "II*\0"u8, 8, 0, 0, 0, .. TiffIfd.Encode(8, entries)];
    }
}
