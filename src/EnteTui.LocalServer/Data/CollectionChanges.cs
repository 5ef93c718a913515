namespace EnteTui.LocalServer.Data;

/// <summary>Renaming, deleting and sharing collections, and their magic metadata.</summary>
internal static class CollectionChanges
{
    public static void Rename(ServerDatabase d, Caller caller, long collectionId, string encryptedName, string nameDecryptionNonce)
    {
        var collection = Owned(d, caller, collectionId);
        collection.EncryptedName = encryptedName;
        collection.NameDecryptionNonce = nameDecryptionNonce;
        collection.UpdationTime = d.Clock.Next();
        d.Collections.Update(collection);
    }

    /// <summary>
    /// Deletes a collection: its rows and shares become tombstones, and files left in no other
    /// collection go to the trash (museum's `keepFiles=false`).
    /// </summary>
    public static void Delete(ServerDatabase d, Caller caller, long collectionId)
    {
        var collection = Owned(d, caller, collectionId);
        var now = d.Clock.Next();
        var rows = d.CollectionFiles.Find(r => r.CollectionId == collectionId && !r.IsDeleted).ToList();
        foreach (var row in rows)
        {
            row.IsDeleted = true;
            row.UpdationTime = now;
            d.CollectionFiles.Update(row);
        }

        foreach (var share in d.Shares.Find(s => s.CollectionId == collectionId && !s.IsDeleted).ToList())
        {
            share.IsDeleted = true;
            share.UpdationTime = now;
            d.Shares.Update(share);
        }

        collection.IsDeleted = true;
        collection.UpdationTime = now;
        d.Collections.Update(collection);
        foreach (var row in rows.Where(r => !d.CollectionFiles.Exists(o => o.FileId == r.FileId && !o.IsDeleted)))
        {
            Trashing.MoveToTrash(d, d.Files.FindById(row.FileId), collectionId, now);
        }
    }

    /// <summary>Shares with another user: the collection key sealed to their public key.</summary>
    public static void Share(ServerDatabase d, Caller caller, long collectionId, long shareeId, string sealedKey, string role)
    {
        var collection = Owned(d, caller, collectionId);
        if (collection.Type is "uncategorized" or "favorites" || shareeId == caller.UserId)
        {
            throw ApiException.BadRequest("this collection cannot be shared with this user");
        }

        var now = d.Clock.Next();
        d.Shares.Upsert(new ShareRecord
        {
            Id = ShareRecord.KeyOf(collectionId, shareeId),
            CollectionId = collectionId,
            ShareeId = shareeId,
            EncryptedKey = sealedKey,
            Role = role,
            SharedAt = now,
            UpdationTime = now,
        });
        collection.UpdationTime = now;
        d.Collections.Update(collection);
    }

    public static void Unshare(ServerDatabase d, Caller caller, long collectionId, long shareeId)
    {
        var collection = Owned(d, caller, collectionId);
        var share = d.Shares.FindById(ShareRecord.KeyOf(collectionId, shareeId)) ?? throw ApiException.NotFound("not shared with this user");
        var now = d.Clock.Next();
        share.IsDeleted = true;
        share.UpdationTime = now;
        d.Shares.Update(share);
        collection.UpdationTime = now;
        d.Collections.Update(collection);
    }

    /// <summary>`PUT /collections/magic-metadata` and its public and sharee variants (spec §3.6).</summary>
    public static void UpdateMagicMetadata(ServerDatabase d, Caller caller, CollectionMagicMetadataUpdate update, MagicMetadataKind kind)
    {
        var now = d.Clock.Next();
        if (kind == MagicMetadataKind.Sharee)
        {
            var (collection, share) = Access.Collection(d, update.Id, caller);
            if (share is null)
            {
                throw ApiException.Forbidden("only a sharee has sharee magic metadata");
            }

            share.SharedMagicMetadata = MagicMetadataVersions.Next(share.SharedMagicMetadata, update.MagicMetadata);
            share.UpdationTime = now;
            d.Shares.Update(share);
            Collections.Touch(d, collection.Id, now);
            return;
        }

        var owned = Owned(d, caller, update.Id);
        MagicMetadataVersions.Apply(owned, kind, update.MagicMetadata, now);
        d.Collections.Update(owned);
    }

    private static CollectionRecord Owned(ServerDatabase d, Caller caller, long collectionId)
    {
        var (collection, _) = Access.Collection(d, collectionId, caller);
        return collection.OwnerId == caller.UserId ? collection : throw ApiException.Forbidden("not the owner of the collection");
    }
}
