using System.Text.Json.Nodes;

namespace EnteTui.LocalServer.Fixtures;

/// <summary>Reads a user's albums and files the way their client would, decrypting names and metadata.</summary>
internal static class FixtureQueries
{
    public static List<AlbumSummary> Albums(ServerDatabase d, UserKeys keys)
    {
        var owned = d.Collections.Find(c => c.OwnerId == keys.UserId).ToList();
        var shared = d.Shares.Find(s => s.ShareeId == keys.UserId && !s.IsDeleted).Select(s => d.Collections.FindById(s.CollectionId));
        return owned.Concat(shared).Select(c => Summary(d, keys, c)).OrderBy(a => a.Id).ToList();
    }

    public static List<FileSummary> Files(ServerDatabase d, UserKeys keys, long collectionId)
    {
        var rows = d.CollectionFiles.Find(r => r.CollectionId == collectionId && !r.IsDeleted).ToList();
        return rows.Select(r => File(d, keys, d.Files.FindById(r.FileId), r.UpdationTime)).OrderBy(f => f.Id).ToList();
    }

    private static AlbumSummary Summary(ServerDatabase d, UserKeys keys, CollectionRecord c)
    {
        var visibility = 0;
        if (c.OwnerId == keys.UserId && c.MagicMetadata is not null)
        {
            visibility = (int?)MagicMetadataCodec.Decrypt(c.MagicMetadata, keys.CollectionKey(d, c))["visibility"] ?? 0;
        }

        var count = d.CollectionFiles.Count(r => r.CollectionId == c.Id && !r.IsDeleted);
        return new AlbumSummary(c.Id, keys.CollectionName(d, c), c.Type, c.OwnerId, c.IsDeleted, visibility, c.UpdationTime, count);
    }

    private static FileSummary File(ServerDatabase d, UserKeys keys, FileRecord f, long updationTime)
    {
        var fileKey = keys.FileKey(d, f.Id);
        var metadata = JsonNode.Parse(Blob.Decrypt(EnteBase64.Decode(f.MetadataEncryptedData), EnteBase64.Decode(f.MetadataDecryptionHeader), fileKey))!.AsObject();
        var pub = MagicMetadataCodec.Decrypt(f.PubMagicMetadata, fileKey);
        return new FileSummary(
            f.Id,
            f.OwnerId,
            (string?)metadata["title"] ?? "",
            (int?)metadata["fileType"] ?? 0,
            (long?)metadata["creationTime"] ?? 0,
            (string?)metadata["hash"] ?? "",
            (string?)pub["editedName"],
            (long?)pub["editedTime"],
            pub["caption"]?.ToString(),
            updationTime)
        {
            Latitude = (double?)pub["lat"] ?? (double?)metadata["latitude"],
            Longitude = (double?)pub["long"] ?? (double?)metadata["longitude"],
            OffsetTime = (string?)pub["offsetTime"],
        };
    }
}
