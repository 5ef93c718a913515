namespace EnteTui.LocalServer.Data;

/// <summary>`GET /collections/v2/diff` and `GET /trash/v2/diff`.</summary>
internal static class Diffs
{
    public static CollectionDiffResponse Collection(ServerDatabase d, Caller caller, long collectionId, long sinceTime, int limit)
    {
        var (collection, _) = Access.Collection(d, collectionId, caller);
        var rows = d.CollectionFiles.Find(r => r.CollectionId == collection.Id && r.UpdationTime > sinceTime);
        var (page, hasMore) = SoftLimitPage.Take(rows, r => r.UpdationTime, limit);
        var diff = page.Select(row => WireViews.File(d.Files.FindById(row.FileId), row, caller.UserId)).ToList();
        return new CollectionDiffResponse { Diff = diff, HasMore = hasMore };
    }

    public static TrashDiffResponse Trash(ServerDatabase d, Caller caller, long sinceTime, int limit)
    {
        var entries = d.Trash.Find(t => t.UserId == caller.UserId && t.UpdatedAt > sinceTime);
        var (page, hasMore) = SoftLimitPage.Take(entries, t => t.UpdatedAt, limit);
        var items = page.Select(t => TrashItem(d, caller, t)).ToList();
        return new TrashDiffResponse { Diff = items, HasMore = hasMore };
    }

    private static TrashItem TrashItem(ServerDatabase d, Caller caller, TrashRecord entry)
    {
        var file = d.Files.FindById(entry.Id);
        var row = d.CollectionFiles.FindById(CollectionFileRecord.KeyOf(entry.CollectionId, entry.Id))
            ?? d.CollectionFiles.Find(r => r.FileId == entry.Id).OrderByDescending(r => r.UpdationTime).First();
        var view = WireViews.File(file, row, caller.UserId);
        view.IsDeleted = false;
        view.UpdationTime = entry.UpdatedAt;
        if (entry.IsDeleted)
        {
            view.Metadata = new FileMetadataAttributes { DecryptionHeader = "" };
        }

        return new TrashItem
        {
            File = view,
            IsDeleted = entry.IsDeleted,
            IsRestored = entry.IsRestored,
            DeleteBy = entry.DeleteBy,
            CreatedAt = entry.CreatedAt,
            UpdatedAt = entry.UpdatedAt,
        };
    }
}
