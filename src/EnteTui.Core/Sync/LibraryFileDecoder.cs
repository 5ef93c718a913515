using R = EnteTui.Core.Sync.MagicMetadataReader;

namespace EnteTui.Core.Sync;

/// <summary>Turns a diff entry into a <see cref="LibraryFile"/>: unwraps the file key, decrypts metadata and magic metadata.</summary>
public static class LibraryFileDecoder
{
    public static LibraryFile Decode(EnteFile file, long collectionId, byte[] collectionKey, CollectionKeyRing ring)
    {
        var row = new LibraryFile
        {
            Id = LibraryFile.KeyOf(collectionId, file.Id),
            FileId = file.Id,
            CollectionId = collectionId,
            OwnerId = file.OwnerId,
            UpdationTime = file.UpdationTime,
            EncryptedKey = file.EncryptedKey ?? "",
            KeyDecryptionNonce = file.KeyDecryptionNonce ?? "",
            FileDecryptionHeader = file.File?.DecryptionHeader ?? "",
            EncryptedSize = file.Info?.FileSize ?? 0,
        };
        var fileKey = ring.FileKey(row, collectionKey);
        var metadata = R.Decrypt(file.Metadata?.EncryptedData ?? "", file.Metadata?.DecryptionHeader ?? "", fileKey);
        row.FileType = (int)(R.Number(metadata, "fileType") ?? 0);
        row.Title = R.Text(metadata, "title") ?? "";
        row.CreationTime = R.Long(metadata, "creationTime");
        row.ModificationTime = R.Long(metadata, "modificationTime");
        row.Latitude = R.Number(metadata, "latitude");
        row.Longitude = R.Number(metadata, "longitude");
        row.Hash = R.Text(metadata, "hash") is { Length: > 0 } hash
            ? hash
            : R.Text(metadata, "imageHash") is { Length: > 0 } image && R.Text(metadata, "videoHash") is { Length: > 0 } video
                ? ContentHash.LivePhoto(image, video)
                : null;

        var pub = R.Decrypt(file.PubMagicMetadata, fileKey);
        row.EditedName = R.Text(pub, "editedName");
        row.EditedTime = R.Long(pub, "editedTime");
        row.Caption = R.Text(pub, "caption");
        row.OffsetTime = R.Text(pub, "offsetTime");
        row.EditedLatitude = R.Number(pub, "lat");
        row.EditedLongitude = R.Number(pub, "long");
        row.Visibility = (int)R.Long(R.Decrypt(file.MagicMetadata, fileKey), "visibility");
        return row;
    }
}
