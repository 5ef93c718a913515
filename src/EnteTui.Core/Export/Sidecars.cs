using System.Security.Cryptography;
using System.Text;
using EnteTui.Core.Sync;

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

    public static string NameFor(string mediaName) => mediaName + ".json";

    public static string Fingerprint(string metaDir, byte[] sidecar)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(metaDir + "\n"));
        sha.AppendData(sidecar);
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..24];
    }
}
