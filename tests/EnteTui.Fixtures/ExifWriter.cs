using System.Buffers.Binary;
using static EnteTui.Fixtures.TiffIfd;

namespace EnteTui.Fixtures;

/// <summary>
/// A small EXIF writer for test fixtures (no package here writes EXIF): a little-endian TIFF holding
/// IFD0 (Make, Model, Orientation, DateTime), the Exif IFD (the original and digitized dates, their
/// offsets and sub-seconds) and the GPS IFD (latitude/longitude as degrees, minutes, seconds with
/// their N/S and E/W references), put into a JPEG's APP1 segment or a PNG's eXIf chunk.
/// </summary>
public static class ExifWriter
{
    public static byte[] Insert(byte[] jpeg, ExifData exif)
    {
        if (jpeg.Length < 2 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new ArgumentException("Not a JPEG.", nameof(jpeg));
        }

        var tiff = Tiff(exif);
        var payloadLength = 6 + tiff.Length;
        var segment = new byte[4 + payloadLength];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payloadLength + 2));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(10));
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    /// <summary>Puts an eXIf chunk (the TIFF, no `Exif` header) right after a PNG's IHDR chunk.</summary>
    public static byte[] InsertPng(byte[] png, ExifData exif)
    {
        const int SignatureAndHeader = 8 + 4 + 4 + 13 + 4;
        if (png.Length < SignatureAndHeader || png[1] != (byte)'P' || png[2] != (byte)'N' || png[3] != (byte)'G')
        {
            throw new ArgumentException("Not a PNG.", nameof(png));
        }

        var tiff = Tiff(exif);
        var chunk = new byte[12 + tiff.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)tiff.Length);
        "eXIf"u8.CopyTo(chunk.AsSpan(4));
        tiff.CopyTo(chunk.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + tiff.Length), System.IO.Hashing.Crc32.HashToUInt32(chunk.AsSpan(4, 4 + tiff.Length)));
        return [.. png.AsSpan(0, SignatureAndHeader), .. chunk, .. png.AsSpan(SignatureAndHeader)];
    }

    /// <summary>The EXIF block as a TIFF (what follows `Exif\0\0` in a JPEG).</summary>
    public static byte[] Tiff(ExifData exif)
    {
        var ifd0 = new List<Entry>();
        if (exif.Make is { } make)
        {
            ifd0.Add(Entry.Text(0x010F, make));
        }

        if (exif.Model is { } model)
        {
            ifd0.Add(Entry.Text(0x0110, model));
        }

        if (exif.Orientation is { } orientation)
        {
            ifd0.Add(new Entry(0x0112, Short, 1, BitConverter.GetBytes((ushort)orientation)));
        }

        AddText(ifd0, 0x0132, exif.DateTime);
        var exifIfd = new List<Entry>();
        AddText(exifIfd, 0x9003, exif.DateTimeOriginal);
        AddText(exifIfd, 0x9004, exif.DateTimeDigitized);
        AddText(exifIfd, 0x9010, exif.OffsetTime);
        AddText(exifIfd, 0x9011, exif.OffsetTimeOriginal);
        AddText(exifIfd, 0x9012, exif.OffsetTimeDigitized);
        AddText(exifIfd, 0x9290, exif.SubSecTime);
        AddText(exifIfd, 0x9291, exif.SubSecTimeOriginal);

        var gps = new List<Entry>();
        if (exif.Latitude is { } lat && exif.Longitude is { } lon)
        {
            gps.Add(Entry.Text(0x0001, lat >= 0 ? "N" : "S"));
            gps.Add(new Entry(0x0002, Rational, 3, Dms(Math.Abs(lat))));
            gps.Add(Entry.Text(0x0003, lon >= 0 ? "E" : "W"));
            gps.Add(new Entry(0x0004, Rational, 3, Dms(Math.Abs(lon))));
        }

        // Layout: header(8) | IFD0 | Exif IFD | GPS IFD, each followed by its out-of-line values.
        var pointerCount = (exifIfd.Count > 0 ? 1 : 0) + (gps.Count > 0 ? 1 : 0);
        var ifd0Size = TiffIfd.Size(ifd0, pointerCount);
        var exifOffset = 8 + ifd0Size;
        var gpsOffset = exifOffset + (exifIfd.Count > 0 ? TiffIfd.Size(exifIfd) : 0);
        if (exifIfd.Count > 0)
        {
            ifd0.Add(new Entry(0x8769, Long, 1, BitConverter.GetBytes((uint)exifOffset)));
        }

        if (gps.Count > 0)
        {
            ifd0.Add(new Entry(0x8825, Long, 1, BitConverter.GetBytes((uint)gpsOffset)));
        }

        using var output = new MemoryStream();
        output.Write("II*\0"u8);
        output.Write(BitConverter.GetBytes(8u));
        WriteIfd(output, ifd0);
        if (exifIfd.Count > 0)
        {
            WriteIfd(output, exifIfd);
        }

        if (gps.Count > 0)
        {
            WriteIfd(output, gps);
        }

        return output.ToArray();
    }

    private static void AddText(List<Entry> ifd, ushort tag, string? text)
    {
        if (text is not null)
        {
            ifd.Add(Entry.Text(tag, text));
        }
    }

    private static void WriteIfd(MemoryStream output, List<Entry> entries)
    {
        entries.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        output.Write(TiffIfd.Encode((int)output.Position, entries));
    }

    private static byte[] Dms(double value)
    {
        var degrees = Math.Floor(value);
        var minutesFull = (value - degrees) * 60;
        var minutes = Math.Floor(minutesFull);
        var seconds = (minutesFull - minutes) * 60;
        var result = new byte[24];
        WriteRational(result.AsSpan(0), (uint)degrees, 1);
        WriteRational(result.AsSpan(8), (uint)minutes, 1);
        WriteRational(result.AsSpan(16), (uint)Math.Round(seconds * 10000), 10000);
        return result;
    }

    private static void WriteRational(Span<byte> target, uint numerator, uint denominator)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(target, numerator);
        BinaryPrimitives.WriteUInt32LittleEndian(target[4..], denominator);
    }
}
