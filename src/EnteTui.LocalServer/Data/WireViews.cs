namespace EnteTui.LocalServer.Data;

/// <summary>Records as a given user sees them on the wire (spec §4.2, §4.5).</summary>
internal static class WireViews
{
    /// <summary>The owner's view, or a sharee's view through <paramref name="share"/>.</summary>
    public static Collection Collection(ServerDatabase d, CollectionRecord c, long viewerId, ShareRecord? share = null)
    {
        var isOwner = viewerId == c.OwnerId;
        var view = new Collection
        {
            Id = c.Id,
            Owner = new CollectionUser { Id = c.OwnerId, Email = isOwner ? "" : d.Users.FindById(c.OwnerId)?.Email ?? "", Name = "" },
            EncryptedKey = isOwner ? c.EncryptedKey : share?.EncryptedKey ?? "",
            KeyDecryptionNonce = isOwner ? c.KeyDecryptionNonce : null,
            Name = c.Name ?? "",
            EncryptedName = c.EncryptedName,
            NameDecryptionNonce = c.NameDecryptionNonce,
            Type = c.Type,
            Sharees = Sharees(d, c.Id),
            UpdationTime = isOwner ? c.UpdationTime : Math.Max(c.UpdationTime, share?.UpdationTime ?? 0),
            IsDeleted = c.IsDeleted || (!isOwner && share?.IsDeleted != false),
            MagicMetadata = isOwner ? c.MagicMetadata : null,
            PubMagicMetadata = c.PubMagicMetadata,
            SharedMagicMetadata = isOwner ? null : share?.SharedMagicMetadata,
            App = c.App,
        };
        if (!isOwner && share is not null)
        {
            view.SharedAt = share.SharedAt;
        }

        return view;
    }

    /// <summary>A file entry of one collection. Object keys and sizes only where museum sends them (`POST /files`).</summary>
    public static EnteFile File(FileRecord f, CollectionFileRecord row, long viewerId, bool withObjects = false) => new()
    {
        Id = f.Id,
        OwnerId = f.OwnerId,
        CollectionId = row.CollectionId,
        CollectionOwnerId = row.CollectionOwnerId,
        CollectionAddedAt = row.AddedAt,
        EncryptedKey = row.EncryptedKey,
        KeyDecryptionNonce = row.KeyDecryptionNonce,
        File = new FileObjectAttributes
        {
            ObjectKey = withObjects ? f.FileObjectKey : null,
            DecryptionHeader = f.FileDecryptionHeader,
            Size = withObjects ? f.FileSize : 0,
        },
        Thumbnail = new FileObjectAttributes
        {
            ObjectKey = withObjects ? f.ThumbnailObjectKey : null,
            DecryptionHeader = f.ThumbnailDecryptionHeader,
            Size = withObjects ? f.ThumbnailSize : 0,
        },
        Metadata = new FileMetadataAttributes { EncryptedData = f.MetadataEncryptedData, DecryptionHeader = f.MetadataDecryptionHeader },
        IsDeleted = row.IsDeleted || f.MetadataEncryptedData == DeletedMarker,
        UpdationTime = row.UpdationTime,
        MagicMetadata = viewerId == f.OwnerId ? f.MagicMetadata : null,
        PubMagicMetadata = f.PubMagicMetadata,
        Info = new EnteFileInfo { FileSize = f.FileSize, ThumbSize = f.ThumbnailSize },
    };

    /// <summary>museum scrubs a deleted file's metadata to "-".</summary>
    public const string DeletedMarker = "-";

    private static List<CollectionUser>? Sharees(ServerDatabase d, long collectionId)
    {
        var shares = d.Shares.Find(s => s.CollectionId == collectionId && !s.IsDeleted).ToList();
        return shares.Count == 0
            ? []
            : shares.Select(s => new CollectionUser { Id = s.ShareeId, Email = d.Users.FindById(s.ShareeId)?.Email ?? "", Name = "", Role = s.Role }).ToList();
    }
}
