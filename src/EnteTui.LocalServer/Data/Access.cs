namespace EnteTui.LocalServer.Data;

/// <summary>museum's access checks for collections and files.</summary>
internal static class Access
{
    public static readonly string[] WriterRoles = ["COLLABORATOR", "ADMIN"];

    /// <summary>The collection and, for a sharee, the live share; 404 when unknown, 403 without access.</summary>
    public static (CollectionRecord Collection, ShareRecord? Share) Collection(ServerDatabase d, long collectionId, Caller caller, bool includeDeleted = false)
    {
        var collection = d.Collections.FindById(collectionId) ?? throw ApiException.NotFound("collection not found");
        ShareRecord? share = null;
        if (collection.OwnerId != caller.UserId)
        {
            share = d.Shares.FindById(ShareRecord.KeyOf(collectionId, caller.UserId));
            if (share is null || share.IsDeleted)
            {
                throw ApiException.Forbidden("no access to the collection");
            }
        }

        if (!includeDeleted && collection.IsDeleted)
        {
            throw ApiException.NotFound("collection is deleted");
        }

        return (collection, share);
    }

    /// <summary>An owned, live collection of the caller's app (uploads, add-files).</summary>
    public static CollectionRecord OwnedCollection(ServerDatabase d, long collectionId, Caller caller)
    {
        var collection = d.Collections.FindById(collectionId) ?? throw ApiException.NotFound("collection not found");
        if (collection.App != caller.App)
        {
            throw ApiException.Plain(500, "invalid app");
        }

        if (collection.OwnerId != caller.UserId)
        {
            throw ApiException.Forbidden("not the owner of the collection");
        }

        if (collection.IsDeleted)
        {
            throw ApiException.Coded(404, "COLLECTION_DELETED");
        }

        return collection;
    }

    /// <summary>True when the caller owns the file or sees it in a collection shared with them.</summary>
    public static bool CanRead(ServerDatabase d, FileRecord file, long userId)
    {
        if (file.OwnerId == userId)
        {
            return true;
        }

        var rows = d.CollectionFiles.Find(r => r.FileId == file.Id && !r.IsDeleted);
        return rows.Any(r => d.Shares.FindById(ShareRecord.KeyOf(r.CollectionId, userId)) is { IsDeleted: false });
    }

    public static void MaxBatch(int count, int limit = 1000)
    {
        if (count > limit)
        {
            throw ApiException.Plain(413, "batch size greater than API limit");
        }
    }
}
