using EnteTui.LocalServer.Storage;

namespace EnteTui.LocalServer.Data;

/// <summary>A file's content replaced in place (museum's file update): new objects and metadata, same ID and key.</summary>
internal static class FileReplacement
{
    /// <summary>Returns the object keys that are no longer used.</summary>
    public static List<string> Replace(ServerDatabase d, ObjectStore objects, Caller caller, long fileId, CreateFileRequest replacement)
    {
        var file = d.Files.FindById(fileId);
        if (file is null || file.OwnerId != caller.UserId || file.IsDeleted || file.IsTrashed)
        {
            throw ApiException.Forbidden("only the owner replaces a live file");
        }

        var old = new List<string> { file.FileObjectKey, file.ThumbnailObjectKey };
        var oldSize = file.FileSize + file.ThumbnailSize;
        file.FileObjectKey = replacement.File.ObjectKey!;
        file.FileDecryptionHeader = replacement.File.DecryptionHeader;
        file.FileSize = objects.SizeOf(file.FileObjectKey) ?? throw ApiException.Coded(503, "OBJECT_SIZE_FETCH_FAILED");
        file.ThumbnailObjectKey = replacement.Thumbnail.ObjectKey!;
        file.ThumbnailDecryptionHeader = replacement.Thumbnail.DecryptionHeader;
        file.ThumbnailSize = objects.SizeOf(file.ThumbnailObjectKey) ?? throw ApiException.Coded(503, "OBJECT_SIZE_FETCH_FAILED");
        file.MetadataEncryptedData = replacement.Metadata.EncryptedData ?? "";
        file.MetadataDecryptionHeader = replacement.Metadata.DecryptionHeader;
        var now = d.Clock.Next();
        file.UpdationTime = now;
        d.Files.Update(file);
        Quota.Add(d, file.OwnerId, file.FileSize + file.ThumbnailSize - oldSize);
        CollectionFiles.TouchRows(d, fileId, now);
        return old;
    }
}
