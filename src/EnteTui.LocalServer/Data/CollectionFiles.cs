namespace EnteTui.LocalServer.Data;

/// <summary>Adding files to and removing them from collections (spec §5.9).</summary>
internal static class CollectionFiles
{
    public static void Add(ServerDatabase d, Caller caller, AddFilesRequest request)
    {
        Access.MaxBatch(request.Files.Count);
        var (collection, share) = Access.Collection(d, request.CollectionId, caller);
        if (share is not null && !Access.WriterRoles.Contains(share.Role))
        {
            throw ApiException.Forbidden("viewers cannot add files");
        }

        if (collection.App != caller.App)
        {
            throw ApiException.Forbidden("invalid app");
        }

        var files = request.Files.Select(item => (Item: item, File: d.Files.FindById(item.Id))).ToList();
        if (files.Any(p => p.File is null || p.File.OwnerId != caller.UserId || p.File.IsDeleted))
        {
            throw ApiException.Forbidden("every file must be owned by the caller");
        }

        if (files.Any(p => p.File.IsTrashed))
        {
            throw ApiException.Coded(409, "FILE_IN_TRASH", "File is in trash");
        }

        if (files.Any(p => string.IsNullOrEmpty(p.Item.EncryptedKey) || string.IsNullOrEmpty(p.Item.KeyDecryptionNonce)))
        {
            throw ApiException.BadRequest("missing key or nonce");
        }

        var now = d.Clock.Next();
        var changed = false;
        foreach (var (item, _) in files)
        {
            var id = CollectionFileRecord.KeyOf(collection.Id, item.Id);
            var row = d.CollectionFiles.FindById(id);
            if (row is { IsDeleted: false })
            {
                continue;
            }

            d.CollectionFiles.Upsert(CollectionFileRecord.Added(collection, item.Id, item.EncryptedKey, item.KeyDecryptionNonce, now));
            changed = true;
        }

        if (changed)
        {
            Collections.Touch(d, collection.Id, now);
        }
    }

    /// <summary>`POST /collections/v3/remove-files`: the owner removes any file, others only their own.</summary>
    public static void Remove(ServerDatabase d, Caller caller, RemoveFilesRequest request)
    {
        Access.MaxBatch(request.FileIds.Count);
        var (collection, _) = Access.Collection(d, request.CollectionId, caller);
        var rows = request.FileIds.Distinct()
            .Select(id => d.CollectionFiles.FindById(CollectionFileRecord.KeyOf(collection.Id, id)))
            .Where(r => r is { IsDeleted: false })
            .ToList();
        if (collection.OwnerId != caller.UserId && rows.Any(r => d.Files.FindById(r.FileId).OwnerId != caller.UserId))
        {
            throw ApiException.Forbidden("only the owner removes other people's files");
        }

        if (rows.Count == 0)
        {
            return;
        }

        var now = d.Clock.Next();
        foreach (var row in rows)
        {
            row.IsDeleted = true;
            row.UpdationTime = now;
            d.CollectionFiles.Update(row);
        }

        Collections.Touch(d, collection.Id, now);
    }

    /// <summary>Marks every live row of a file changed at <paramref name="time"/>, so a file-level change shows in each diff.</summary>
    public static void TouchRows(ServerDatabase d, long fileId, long time, bool delete = false)
    {
        foreach (var row in d.CollectionFiles.Find(r => r.FileId == fileId && !r.IsDeleted).ToList())
        {
            row.UpdationTime = time;
            row.IsDeleted = row.IsDeleted || delete;
            d.CollectionFiles.Update(row);
            Collections.Touch(d, row.CollectionId, time);
        }
    }
}
