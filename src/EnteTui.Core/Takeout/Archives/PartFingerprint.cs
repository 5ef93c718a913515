using System.Security.Cryptography;

namespace EnteTui.Core.Takeout.Archives;

/// <summary>A cheap content fingerprint (size, first and last MiB) to spot one part given twice under two paths.</summary>
internal static class PartFingerprint
{
    private const int Window = 1 << 20;

    public static string Compute(string path)
    {
        using var stream = ArchiveStreams.OpenFile(path, random: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[Window];
        hash.AppendData(BitConverter.GetBytes(stream.Length));
        hash.AppendData(buffer, 0, stream.ReadAtLeast(buffer, Window, throwOnEndOfStream: false));
        if (stream.Length > Window)
        {
            stream.Seek(Math.Max(Window, stream.Length - Window), SeekOrigin.Begin);
            hash.AppendData(buffer, 0, stream.ReadAtLeast(buffer, Window, throwOnEndOfStream: false));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
