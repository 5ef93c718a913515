using EnteTui.Core.Import.Outcomes;
using EnteTui.Core.Import.State;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Imports one group (copies of equal type and size): reads the first copy, hashes the others, and
/// treats only identical bytes as one photo. Each distinct content is imported once: reused when
/// the account already holds it (dedupe, or this import's own record) or uploaded, then added to
/// every target collection of its copies. The state record is made durable before `POST /files`.
/// </summary>
internal sealed class GroupProcessor(ImportContext context)
{
    public async Task<GroupOutcome> ProcessAsync(ImportGroup group, CancellationToken cancellationToken)
    {
        long reported = 0;
        void OnBytes(long b)
        {
            reported += b;
            context.Progress.AddBytes(b, uploadedNow: true);
        }

        using var first = await GroupLoader.LoadAsync(new ImportGroup([group.Copies[0]]), context, OnBytes, cancellationToken);
        var others = new Dictionary<string, List<ImportCopy>>(StringComparer.Ordinal);
        foreach (var copy in group.Copies.Skip(1))
        {
            var hash = await GroupLoader.HashAsync(copy, context, cancellationToken);
            if (hash == first.Hash)
            {
                first.Copies.Add(copy);
            }
            else if (others.TryGetValue(hash, out var same))
            {
                same.Add(copy);
            }
            else
            {
                others[hash] = [copy];
            }
        }

        var results = new List<EntryResult>();
        var outcomes = new List<EntryOutcome> { await ImportContentAsync(first, OnBytes, results, cancellationToken) };
        foreach (var copies in others.Values)
        {
            using var content = await GroupLoader.LoadAsync(new ImportGroup(copies), context, OnBytes, cancellationToken);
            outcomes.Add(await ImportContentAsync(content, OnBytes, results, cancellationToken));
        }

        context.Progress.AddBytes(Math.Max(0, group.Size - reported), uploadedNow: false);
        return new GroupOutcome(results, outcomes.Count(o => o == EntryOutcome.Uploaded), outcomes.Count(o => o != EntryOutcome.Uploaded));
    }

    private async Task<EntryOutcome> ImportContentAsync(LoadedContent content, Action<long> onBytes, List<EntryResult> results, CancellationToken cancellationToken)
    {
        var outcome = await ImportAsync(content, onBytes, cancellationToken);
        results.AddRange(EntryResults.Of(content.Best, outcome, outcome == EntryOutcome.Uploaded ? null : ReasonFor(outcome)));
        var copyOf = $"identical bytes to {content.Best.Media.Path} (part {content.Best.Media.Part})";
        results.AddRange(content.Copies.Where(c => !ReferenceEquals(c, content.Best)).SelectMany(c => EntryResults.Of(c, EntryOutcome.CopyOfAnother, copyOf)));
        return outcome;
    }

    private static string ReasonFor(EntryOutcome outcome) => outcome == EntryOutcome.DoneEarlier
        ? "uploaded by an earlier run of this import"
        : "the account already holds this content and type under the same title or file name";

    private async Task<EntryOutcome> ImportAsync(LoadedContent content, Action<long> onBytes, CancellationToken cancellationToken)
    {
        var key = new DedupeKey(NewFileUploader.TitleOf(content.Best), (int)content.FileType, content.Hash);
        var targets = await TargetsAsync(content, cancellationToken);
        using var held = await context.Locks.AcquireAsync(key.Id, cancellationToken);

        var record = context.State.FindContent(key.Id);
        var (hitKey, hit) = FindInAccount(key, content.Best);
        var outcome = EntryOutcome.AlreadyInEnte;
        if (hit is null && HitFrom(record, key) is { } earlier)
        {
            (hitKey, hit, outcome) = (key, earlier, EntryOutcome.DoneEarlier);
        }

        if (hit is null)
        {
            var request = record is { Stage: ContentStage.ObjectsUploaded }
                ? JsonSerializer.Deserialize<CreateFileRequest>(record.CreateRequestJson, EnteJson.Options)!
                : content.PreUploaded is { } pre
                ? await NewFileUploader.CompleteAsync(context, content, pre.FileKey, pre.File, targets[0], cancellationToken)
                : await NewFileUploader.UploadAsync(context, content, targets[0], onBytes, cancellationToken);
            record = new ContentRecord { Id = key.Id, Stage = ContentStage.ObjectsUploaded, CreateRequestJson = JsonSerializer.Serialize(request, EnteJson.Options) };
            context.State.SaveContent(record, durable: true);

            var file = await context.Target.CreateFileAsync(request, cancellationToken);
            record = new ContentRecord { Id = key.Id, Stage = ContentStage.Created, CreateRequestJson = record.CreateRequestJson, FileId = file.Id, Collections = [request.CollectionId] };
            context.State.SaveContent(record, durable: false);
            context.Dedupe.Add(key, file.Id, request.CollectionId, request.EncryptedKey, request.KeyDecryptionNonce);
            (hitKey, hit, outcome) = (key, context.Dedupe.Find(key)!, EntryOutcome.Uploaded);
        }

        foreach (var collectionId in targets.Where(t => !hit.Collections.Contains(t)))
        {
            await AddAsync(hit, collectionId, cancellationToken);
            context.Dedupe.AddCollection(hitKey, collectionId);
            if (record is { Stage: ContentStage.Created })
            {
                record = new ContentRecord { Id = record.Id, Stage = record.Stage, CreateRequestJson = record.CreateRequestJson, FileId = record.FileId, Collections = [.. record.Collections, collectionId] };
                context.State.SaveContent(record, durable: false);
            }
        }

        return outcome;
    }

    /// <summary>
    /// Already in Ente: same hash and type under the sidecar title or the on-disk name (Ente's web
    /// uploader titles a Takeout upload by the on-disk name).
    /// </summary>
    private (DedupeKey Key, DedupeHit? Hit) FindInAccount(DedupeKey key, ImportCopy best)
    {
        if (context.Dedupe.Find(key) is { } byTitle)
        {
            return (key, byTitle);
        }

        var onDisk = key with { Title = best.Media.FileName };
        return (onDisk, context.Dedupe.Find(onDisk));
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
        foreach (var title in ImportGroup.AlbumTitlesOf(content.Copies))
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
