using System.Security.Cryptography;
using EnteTui.LocalServer.Data;

namespace EnteTui.LocalServer.Fixtures;

/// <summary>Applies a <see cref="FileCorruption"/>: object damage is silent (as on a broken disk), record damage is synced.</summary>
internal static class FileCorrupter
{
    public static void Apply(ServerComponents server, long fileId, FileCorruption kind)
    {
        var file = server.Database.Read(d => d.Files.FindById(fileId)) ?? throw new InvalidOperationException($"No file {fileId}.");
        switch (kind)
        {
            case FileCorruption.TruncateFile:
                Rewrite(server, file.FileObjectKey, bytes => bytes[..(bytes.Length / 2)]);
                break;
            case FileCorruption.ExtendFile:
                Rewrite(server, file.FileObjectKey, bytes => [.. bytes, .. RandomNumberGenerator.GetBytes(100)]);
                break;
            case FileCorruption.FlipFileByte:
                Rewrite(server, file.FileObjectKey, Flip);
                break;
            case FileCorruption.FlipThumbnailByte:
                Rewrite(server, file.ThumbnailObjectKey, Flip);
                break;
            case FileCorruption.GarbleMetadata:
                server.Database.Write(d =>
                {
                    var record = d.Files.FindById(fileId);
                    record.MetadataEncryptedData = EnteBase64.Encode(RandomNumberGenerator.GetBytes(64));
                    d.Files.Update(record);
                    CollectionFiles.TouchRows(d, fileId, d.Clock.Next());
                });
                break;
            case FileCorruption.WrongKeyLength:
                server.Database.Write(d =>
                {
                    var now = d.Clock.Next();
                    foreach (var row in d.CollectionFiles.Find(r => r.FileId == fileId && !r.IsDeleted).ToList())
                    {
                        row.EncryptedKey = EnteBase64.Encode(RandomNumberGenerator.GetBytes(47));
                        d.CollectionFiles.Update(row);
                    }

                    CollectionFiles.TouchRows(d, fileId, now);
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static byte[] Flip(byte[] bytes)
    {
        bytes[bytes.Length / 2] ^= 0x55;
        return bytes;
    }

    private static void Rewrite(ServerComponents server, string objectKey, Func<byte[], byte[]> change) =>
        server.Objects.Write(objectKey, change(File.ReadAllBytes(server.Objects.PathOf(objectKey))));
}
