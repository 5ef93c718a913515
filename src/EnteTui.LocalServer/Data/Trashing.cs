namespace EnteTui.LocalServer.Data;

/// <summary>The trash (spec §4.7): trashed files leave every collection diff as `isDeleted` rows.</summary>
internal static class Trashing
{
    public const long TrashRetention = 30L * 24 * 3600 * 1_000_000;

    public static void Trash(ServerDatabase d, Caller caller, TrashFilesRequest request)
    {
        Access.MaxBatch(request.Items.Count);
        var files = request.Items.Select(i => (Item: i, File: d.Files.FindById(i.FileId))).ToList();
        if (files.Any(p => p.File is null || p.File.OwnerId != caller.UserId))
        {
            throw ApiException.Forbidden("only the owner trashes a file");
        }

        var now = d.Clock.Next();
        foreach (var (item, file) in files.DistinctBy(p => p.Item.FileId))
        {
            MoveToTrash(d, file, item.CollectionId, now);
        }
    }

    public static void MoveToTrash(ServerDatabase d, FileRecord file, long collectionId, long time)
    {
        if (file.IsTrashed || file.IsDeleted)
        {
            return;
        }

        CollectionFiles.TouchRows(d, file.Id, time, delete: true);
        file.IsTrashed = true;
        file.UpdationTime = time;
        d.Files.Update(file);
        d.Trash.Upsert(new TrashRecord
        {
            Id = file.Id,
            UserId = file.OwnerId,
            CollectionId = collectionId,
            DeleteBy = time + TrashRetention,
            CreatedAt = time,
            UpdatedAt = time,
        });
    }

    /// <summary>`POST /trash/delete`: deletes trashed files for good; their objects are removed.</summary>
    public static List<string> DeleteForever(ServerDatabase d, Caller caller, IReadOnlyList<long> fileIds)
    {
        Access.MaxBatch(fileIds.Count);
        var entries = fileIds.Select(id => d.Trash.FindById(id)).ToList();
        if (entries.Any(t => t is null || t.UserId != caller.UserId || t.IsDeleted || t.IsRestored))
        {
            throw ApiException.Forbidden("only files in the caller's trash can be deleted");
        }

        var now = d.Clock.Next();
        var objectKeys = new List<string>();
        foreach (var entry in entries)
        {
            entry.IsDeleted = true;
            entry.UpdatedAt = now;
            d.Trash.Update(entry);
            var file = d.Files.FindById(entry.Id);
            file.IsDeleted = true;
            file.MetadataEncryptedData = WireViews.DeletedMarker;
            file.UpdationTime = now;
            d.Files.Update(file);
            Quota.Add(d, file.OwnerId, -(file.FileSize + file.ThumbnailSize));
            objectKeys.Add(file.FileObjectKey);
            objectKeys.Add(file.ThumbnailObjectKey);
        }

        return objectKeys;
    }
}
