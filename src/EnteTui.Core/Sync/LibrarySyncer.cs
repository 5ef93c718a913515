namespace EnteTui.Core.Sync;

/// <summary>
/// Pulls collections (`/collections/v2`, sinceTime cursor), the file diff of every collection whose
/// updationTime moved (paged by `hasMore`, one transaction per page, tombstones applied) and the
/// trash diff into the library. An entry that cannot be decrypted or parsed is logged and skipped.
/// </summary>
public sealed class LibrarySyncer(ILibraryApi api, LibraryStore store, CollectionKeyRing ring, ILogger logger)
{
    public const string CollectionsCursor = "collections";
    public const string TrashCursor = "trash";

    public async Task<SyncSummary> SyncAsync(CancellationToken cancellationToken)
    {
        var summary = new SyncSummary();
        await SyncCollectionsAsync(summary, cancellationToken);
        foreach (var collection in store.AllCollections().Where(c => !c.IsDeleted && c.FileCursor < c.UpdationTime))
        {
            await SyncFilesAsync(collection, summary, cancellationToken);
        }

        await SyncTrashAsync(cancellationToken);
        return summary;
    }

    private async Task SyncCollectionsAsync(SyncSummary summary, CancellationToken cancellationToken)
    {
        var since = store.GetCursor(CollectionsCursor);
        var response = await api.GetCollectionsAsync(since, cancellationToken);
        var cursor = since;
        store.InTransaction(() =>
        {
            foreach (var wire in response.Collections)
            {
                cursor = Math.Max(cursor, wire.UpdationTime);
                var existing = store.Collections.FindById(wire.Id);
                if (wire.IsDeleted)
                {
                    if (existing is not null)
                    {
                        existing.IsDeleted = true;
                        existing.UpdationTime = wire.UpdationTime;
                        store.Collections.Update(existing);
                        store.Files.DeleteMany(f => f.CollectionId == wire.Id);
                        summary.CollectionsChanged++;
                    }

                    continue;
                }

                if (Decode(wire, existing) is { } decoded)
                {
                    store.Collections.Upsert(decoded);
                    summary.CollectionsChanged++;
                }
            }

            store.SetCursor(CollectionsCursor, cursor);
        });
    }

    private LibraryCollection? Decode(Collection wire, LibraryCollection? existing)
    {
        try
        {
            var isShared = wire.Owner.Id != ring.UserId;
            var key = ring.Unwrap(wire.Owner.Id, wire.EncryptedKey, wire.KeyDecryptionNonce);
            ring.Remember(wire.Id, key);
            var name = !string.IsNullOrEmpty(wire.EncryptedName) && !string.IsNullOrEmpty(wire.NameDecryptionNonce)
                ? Encoding.UTF8.GetString(SecretBox.Decrypt(EnteBase64.Decode(wire.EncryptedName), EnteBase64.Decode(wire.NameDecryptionNonce), key))
                : wire.Name ?? "";
            var privateMm = isShared ? null : MagicMetadataReader.Decrypt(wire.MagicMetadata, key);
            var shareeMm = isShared ? MagicMetadataReader.Decrypt(wire.SharedMagicMetadata, key) : null;
            var wasDeleted = existing?.IsDeleted ?? false;
            return new LibraryCollection
            {
                Id = wire.Id,
                OwnerId = wire.Owner.Id,
                IsShared = isShared,
                EncryptedKey = wire.EncryptedKey,
                KeyDecryptionNonce = wire.KeyDecryptionNonce,
                Name = name,
                Type = wire.Type,
                SubType = (int)MagicMetadataReader.Long(privateMm, "subType"),
                Visibility = (int)MagicMetadataReader.Long(privateMm, "visibility"),
                ShareeVisibility = (int)MagicMetadataReader.Long(shareeMm, "visibility"),
                UpdationTime = wire.UpdationTime,
                FileCursor = wasDeleted ? 0 : existing?.FileCursor ?? 0,
            };
        }
        catch (Exception e) when (e is CryptoException or FormatException or System.Text.Json.JsonException)
        {
            logger.LogWarning("Skipping collection {CollectionId}: {Reason}", wire.Id, e.Message);
            return null;
        }
    }

    private async Task SyncFilesAsync(LibraryCollection collection, SyncSummary summary, CancellationToken cancellationToken)
    {
        byte[] key;
        try
        {
            key = ring.CollectionKey(collection);
        }
        catch (Exception e) when (e is CryptoException or FormatException)
        {
            logger.LogWarning("Skipping files of collection {CollectionId}: {Reason}", collection.Id, e.Message);
            return;
        }

        var since = collection.FileCursor;
        while (true)
        {
            var page = await api.GetCollectionDiffAsync(collection.Id, since, cancellationToken);
            var pageCursor = since;
            store.InTransaction(() =>
            {
                foreach (var entry in page.Diff)
                {
                    pageCursor = Math.Max(pageCursor, entry.UpdationTime);
                    ApplyEntry(collection, key, entry, summary);
                }

                collection.FileCursor = page.HasMore && page.Diff.Count > 0 ? pageCursor : Math.Max(pageCursor, collection.UpdationTime);
                store.Collections.Update(collection);
            });
            since = pageCursor;
            if (!page.HasMore || page.Diff.Count == 0)
            {
                return;
            }
        }
    }

    private void ApplyEntry(LibraryCollection collection, byte[] key, EnteFile entry, SyncSummary summary)
    {
        var id = LibraryFile.KeyOf(collection.Id, entry.Id);
        if (entry.IsDeleted || entry.Metadata?.EncryptedData is null or "-")
        {
            store.Undecodable.Delete(id);
            if (store.Files.Delete(id))
            {
                summary.FilesRemoved++;
            }

            return;
        }

        try
        {
            var row = LibraryFileDecoder.Decode(entry, collection.Id, key, ring);
            if (row.FileType is not (LibraryFile.Image or LibraryFile.Video or LibraryFile.LivePhoto))
            {
                logger.LogInformation("File {FileId} has file type {FileType}; exported as a plain file", entry.Id, row.FileType);
            }

            store.Files.Upsert(row);
            store.Undecodable.Delete(id);
            summary.FilesChanged++;
        }
        catch (Exception e) when (e is CryptoException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            logger.LogWarning("Skipping file {FileId} in collection {CollectionId}: {Reason}", entry.Id, collection.Id, e.Message);
            store.Files.Delete(id);
            store.Undecodable.Upsert(new UndecodableFile { Id = id, FileId = entry.Id, CollectionId = collection.Id, Reason = e.Message });
            summary.FilesSkipped++;
        }
    }

    private async Task SyncTrashAsync(CancellationToken cancellationToken)
    {
        var since = store.GetCursor(TrashCursor);
        while (true)
        {
            var page = await api.GetTrashDiffAsync(since, cancellationToken);
            var cursor = since;
            store.InTransaction(() =>
            {
                foreach (var item in page.Diff)
                {
                    cursor = Math.Max(cursor, item.UpdatedAt);
                    if (item.File is null)
                    {
                        continue;
                    }

                    if (item.IsDeleted || item.IsRestored)
                    {
                        store.Trash.Delete(item.File.Id);
                    }
                    else
                    {
                        store.Trash.Upsert(new TrashedFile { Id = item.File.Id, DeleteBy = item.DeleteBy });
                    }
                }

                store.SetCursor(TrashCursor, cursor);
            });
            if (!page.HasMore || page.Diff.Count == 0 || cursor == since)
            {
                return;
            }

            since = cursor;
        }
    }
}
