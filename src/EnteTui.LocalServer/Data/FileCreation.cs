using EnteTui.LocalServer.Storage;

namespace EnteTui.LocalServer.Data;

/// <summary>`POST /files` with museum's checks (spec §5.7); a retry with the same object keys returns the existing file.</summary>
internal static class FileCreation
{
    public const long MaxFileSize = 10L * 1024 * 1024 * 1024;

    public static EnteFile Create(ServerDatabase d, ObjectStore objects, Caller caller, CreateFileRequest request, long? serverQuota)
    {
        var fileKey = request.File.ObjectKey;
        var thumbKey = request.Thumbnail.ObjectKey;
        if (!ObjectKeys.BelongsTo(fileKey, caller.UserId) || !ObjectKeys.BelongsTo(thumbKey, caller.UserId) || fileKey == thumbKey)
        {
            throw ApiException.BadRequest("object keys must be the caller's and distinct");
        }

        if (string.IsNullOrEmpty(request.EncryptedKey) || string.IsNullOrEmpty(request.KeyDecryptionNonce)
            || string.IsNullOrEmpty(request.File.DecryptionHeader) || string.IsNullOrEmpty(request.Thumbnail.DecryptionHeader))
        {
            throw ApiException.BadRequest("missing key, nonce or decryption header");
        }

        var collection = Access.OwnedCollection(d, request.CollectionId, caller);
        var existing = d.Files.FindOne(f => f.FileObjectKey == fileKey) ?? d.Files.FindOne(f => f.ThumbnailObjectKey == thumbKey);
        if (existing is not null)
        {
            return Existing(d, existing, caller, fileKey!, thumbKey!);
        }

        var fileSize = SizeOf(objects, fileKey!, request.File.Size, "file");
        var thumbSize = SizeOf(objects, thumbKey!, request.Thumbnail.Size, "thumbnail");
        if (fileSize > MaxFileSize)
        {
            throw ApiException.Plain(413, "file too large");
        }

        Quota.Check(d, caller.UserId, serverQuota, fileSize + thumbSize);
        var now = d.Clock.Next();
        var file = new FileRecord
        {
            Id = d.Ids.NextFileId(),
            OwnerId = caller.UserId,
            FileObjectKey = fileKey!,
            FileDecryptionHeader = request.File.DecryptionHeader,
            FileSize = fileSize,
            ThumbnailObjectKey = thumbKey!,
            ThumbnailDecryptionHeader = request.Thumbnail.DecryptionHeader,
            ThumbnailSize = thumbSize,
            MetadataEncryptedData = request.Metadata.EncryptedData ?? "",
            MetadataDecryptionHeader = request.Metadata.DecryptionHeader,
            MagicMetadata = request.MagicMetadata,
            PubMagicMetadata = request.PubMagicMetadata,
            UpdationTime = now,
            CreationTime = now,
        };
        d.Files.Insert(file);
        Quota.Add(d, caller.UserId, fileSize + thumbSize);
        var row = CollectionFileRecord.Added(collection, file.Id, request.EncryptedKey, request.KeyDecryptionNonce, now);
        d.CollectionFiles.Insert(row);
        Collections.Touch(d, collection.Id, now);
        return WireViews.File(file, row, caller.UserId, withObjects: true);
    }

    private static EnteFile Existing(ServerDatabase d, FileRecord existing, Caller caller, string fileKey, string thumbKey)
    {
        if (existing.OwnerId != caller.UserId || existing.FileObjectKey != fileKey || existing.ThumbnailObjectKey != thumbKey)
        {
            throw ApiException.Plain(500, "object already belongs to another file");
        }

        var row = d.CollectionFiles.Find(r => r.FileId == existing.Id).OrderBy(r => r.AddedAt).First();
        return WireViews.File(existing, row, caller.UserId, withObjects: true);
    }

    private static long SizeOf(ObjectStore objects, string objectKey, long declared, string what)
    {
        var stored = ObjectKeys.IsValid(objectKey) ? objects.SizeOf(objectKey) : null;
        if (stored is not { } size)
        {
            throw ApiException.Coded(503, "OBJECT_SIZE_FETCH_FAILED");
        }

        if (declared != 0 && declared != size)
        {
            throw ApiException.BadRequest($"mismatch in {what} size");
        }

        return size;
    }
}
