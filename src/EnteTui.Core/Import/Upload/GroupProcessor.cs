using System.Text.Json;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.Core.Import.Planning;
using EnteTui.Core.Import.State;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Imports one group (one photo, all its copies): hash the copy to upload, then either reuse the
/// file already on the server (dedupe, or this import's own record) or upload it, then add it to
/// every further target collection. The state record is made durable before `POST /files`.
/// </summary>
internal sealed class GroupProcessor(ImportContext context)
{
    public async Task<GroupOutcome> ProcessAsync(ImportGroup group, CancellationToken cancellationToken)
    {
        var content = await GroupLoader.LoadAsync(group, context.Source, cancellationToken);
        long reported = 0;
        var isNew = await ImportAsync(content, b => { reported += b; context.Progress.AddBytes(b, uploadedNow: true); }, cancellationToken);
        context.Progress.AddBytes(Math.Max(0, group.Size - reported), uploadedNow: false);
        return isNew ? new GroupOutcome(1, 0) : new GroupOutcome(0, 1);
    }

    private async Task<bool> ImportAsync(LoadedContent content, Action<long> onBytes, CancellationToken cancellationToken)
    {
        var key = new DedupeKey(NewFileUploader.TitleOf(content.Best), (int)content.FileType, content.Hash);
        var targets = await TargetsAsync(content, cancellationToken);
        using var held = await context.Locks.AcquireAsync(key.Id, cancellationToken);

        var record = context.State.FindContent(key.Id);
        var hit = context.Dedupe.Find(key) ?? HitFrom(record, key);
        var isNew = false;
        if (hit is null)
        {
            var request = record is { Stage: ContentStage.ObjectsUploaded }
                ? JsonSerializer.Deserialize<CreateFileRequest>(record.CreateRequestJson, EnteJson.Options)!
                : await NewFileUploader.UploadAsync(context, content, targets[0], onBytes, cancellationToken);
            record = new ContentRecord { Id = key.Id, Stage = ContentStage.ObjectsUploaded, CreateRequestJson = JsonSerializer.Serialize(request, EnteJson.Options) };
            context.State.SaveContent(record, durable: true);

            var file = await context.Target.CreateFileAsync(request, cancellationToken);
            record = new ContentRecord { Id = key.Id, Stage = ContentStage.Created, CreateRequestJson = record.CreateRequestJson, FileId = file.Id, Collections = [request.CollectionId] };
            context.State.SaveContent(record, durable: false);
            context.Dedupe.Add(key, file.Id, request.CollectionId, request.EncryptedKey, request.KeyDecryptionNonce);
            hit = context.Dedupe.Find(key)!;
            isNew = true;
        }

        foreach (var collectionId in targets.Where(t => !hit.Collections.Contains(t)))
        {
            await AddAsync(hit, collectionId, cancellationToken);
            context.Dedupe.AddCollection(key, collectionId);
            if (record is { Stage: ContentStage.Created })
            {
                record = new ContentRecord { Id = record.Id, Stage = record.Stage, CreateRequestJson = record.CreateRequestJson, FileId = record.FileId, Collections = [.. record.Collections, collectionId] };
                context.State.SaveContent(record, durable: false);
            }
        }

        return isNew;
    }

    private async Task AddAsync(DedupeHit hit, long collectionId, CancellationToken cancellationToken)
    {
        var fileKey = SecretBox.Decrypt(EnteBase64.Decode(hit.EncryptedKey), EnteBase64.Decode(hit.KeyDecryptionNonce), context.Albums.KeyOf(hit.KeyCollectionId));
        var wrapped = SecretBox.Encrypt(fileKey, context.Albums.KeyOf(collectionId));
        await context.Target.AddFilesAsync(
            new AddFilesRequest
            {
                CollectionId = collectionId,
                Files = [new CollectionFileItem { Id = hit.FileId, EncryptedKey = EnteBase64.Encode(wrapped.Ciphertext), KeyDecryptionNonce = EnteBase64.Encode(wrapped.Nonce) }],
            },
            cancellationToken);
    }

    /// <summary>A file this import created in an earlier run (the account snapshot may predate it).</summary>
    private DedupeHit? HitFrom(ContentRecord? record, DedupeKey key)
    {
        if (record is not { Stage: ContentStage.Created })
        {
            return null;
        }

        var request = JsonSerializer.Deserialize<CreateFileRequest>(record.CreateRequestJson, EnteJson.Options)!;
        foreach (var collectionId in record.Collections.Prepend(request.CollectionId).Distinct())
        {
            context.Dedupe.Add(key, record.FileId, collectionId, request.EncryptedKey, request.KeyDecryptionNonce);
        }

        return context.Dedupe.Find(key);
    }

    /// <summary>
    /// Album folders → those albums; media only in year folders → `--album` or Uncategorized, never
    /// both; Favorites in addition for favorited items.
    /// </summary>
    private async Task<List<long>> TargetsAsync(LoadedContent content, CancellationToken cancellationToken)
    {
        var targets = new List<long>();
        foreach (var title in content.Copies.Select(c => c.Media.AlbumTitle).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            targets.Add((await context.Albums.AlbumAsync(title, cancellationToken)).Id);
        }

        if (targets.Count == 0)
        {
            var unsorted = context.Options.AlbumForUnsorted is { Length: > 0 } name
                ? await context.Albums.AlbumAsync(name, cancellationToken)
                : await context.Albums.UncategorizedAsync(cancellationToken);
            targets.Add(unsorted.Id);
        }

        if (content.Copies.Any(c => c.Media.Sidecar?.Favorited == true))
        {
            targets.Add((await context.Albums.FavoritesAsync(cancellationToken)).Id);
        }

        return targets.Distinct().ToList();
    }
}
