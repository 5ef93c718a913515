using System.Security.Cryptography;

namespace EnteTui.Core.Export;

/// <summary>Sidecar bytes, names and fingerprints for a library row.</summary>
public static class Sidecars
{
    public static byte[] For(LibraryFile row, IReadOnlyList<string> names)
    {
        var location = row.EffectiveLocation;
        return SidecarWriter.Serialize(new SidecarContent(
            row.EffectiveName,
            row.Caption,
            row.EffectiveTime,
            row.EffectiveModificationTime,
            location?.Latitude,
            location?.Longitude,
            row.FileId,
            row.CollectionId,
            row.OwnerId,
            row.Hash,
            names));
    }

    /// <summary>The XMP sidecar's bytes (<c>--xmp</c>); one per media file, live-photo parts alike.</summary>
    public static byte[] XmpFor(LibraryFile row)
    {
        var location = row.EffectiveLocation;
        return XmpSidecarWriter.Serialize(new XmpContent(row.EffectiveName, row.Caption, CaptureTime.Of(row), location?.Latitude, location?.Longitude));
    }

    public static string NameFor(string mediaName) => mediaName + ".json";

    /// <summary>`&lt;exported name&gt;.xmp`, beside the media file (the name darktable, digiKam and Immich look for).</summary>
    public static string XmpNameFor(string mediaName) => mediaName + ".xmp";

    /// <summary>Covers the JSON sidecar and, with <c>--xmp</c>, the XMP one: either changing asks for a rewrite.</summary>
    public static string Fingerprint(string metaDir, byte[] sidecar, byte[]? xmp = null)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(metaDir + "\n"));
        sha.AppendData(sidecar);
        if (xmp is not null)
        {
            sha.AppendData("\nxmp\n"u8);
            sha.AppendData(xmp);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..24];
    }
}
