using System.Text;
using System.Text.Json.Nodes;
using EnteTui.LocalServer.Data;
using EnteTui.LocalServer.Seeding;

namespace EnteTui.LocalServer.Fixtures;

/// <summary>
/// The test server acting as one provisioned user's client: every change is encrypted with that
/// user's keys and goes through the same server logic as the HTTP routes, so updationTimes, diffs
/// and tombstones come out exactly as if an Ente app had made the change.
/// </summary>
public sealed class FixtureUser
{
    private readonly ServerComponents server;
    private readonly UserKeys keys;
    private readonly Caller caller;

    internal FixtureUser(ServerComponents server, UserKeys keys, string email)
    {
        this.server = server;
        this.keys = keys;
        Email = email;
        caller = new Caller(keys.UserId, ClientApp.Photos, "");
    }

    public long UserId => keys.UserId;

    public string Email { get; }

    /// <summary>Owned collections (tombstones included) and live ones shared with this user.</summary>
    public IReadOnlyList<AlbumSummary> Albums() => server.Database.Read(d => FixtureQueries.Albums(d, keys));

    /// <summary>The live collection with this name (the first one when several share it).</summary>
    public AlbumSummary Album(string name) =>
        Albums().FirstOrDefault(a => !a.IsDeleted && a.Name == name) ?? throw new InvalidOperationException($"{Email} has no album named '{name}'.");

    /// <summary>The files in a collection (not removed or trashed), decrypted.</summary>
    /// <summary>Every file record this user ever created (POST /files), trashed or not: a duplicate upload shows here.</summary>
    /// <summary>This user's object-storage traffic as the server measured it (bytes per 100 ms).</summary>
    public Traffic.TrafficSummary Traffic() => server.Traffic.SummaryOf(UserId);

    public void ResetTraffic() => server.Traffic.Reset(UserId);

    public int FilesCreated() => server.Database.Read(d => d.Files.Count(f => f.OwnerId == UserId));

    public IReadOnlyList<FileSummary> Files(long albumId) => server.Database.Read(d => FixtureQueries.Files(d, keys, albumId));

    /// <summary>
    /// Creates a collection (`album`, `favorites`, `uncategorized`); visibility 1 archives it, 2 hides
    /// it; subType 1 makes it the default hidden collection (name ".hidden").
    /// </summary>
    public long CreateAlbum(string name, string type = "album", int visibility = 0, int subType = 0)
    {
        var collectionKey = CryptoRandom.NewKey();
        var wrappedKey = SecretBox.Encrypt(collectionKey, keys.MasterKey);
        var encryptedName = SecretBox.Encrypt(Encoding.UTF8.GetBytes(name), collectionKey);
        var request = new CreateCollectionRequest
        {
            EncryptedKey = EnteBase64.Encode(wrappedKey.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrappedKey.Nonce),
            EncryptedName = EnteBase64.Encode(encryptedName.Ciphertext),
            NameDecryptionNonce = EnteBase64.Encode(encryptedName.Nonce),
            Type = type,
            MagicMetadata = PrivateCollectionMetadata(visibility, subType) is { Count: > 0 } values ? MagicMetadataCodec.Encrypt(values, collectionKey, 1) : null,
        };
        return server.Database.Write(d => Collections.Create(d, caller, request)).Id;
    }

    /// <summary>An album with only the legacy plaintext `name` (no encryptedName), as very old clients made them.</summary>
    public long CreateLegacyAlbum(string name)
    {
        var id = CreateAlbum(name);
        server.Database.Write(d =>
        {
            var collection = d.Collections.FindById(id);
            collection.Name = name;
            collection.EncryptedName = null;
            collection.NameDecryptionNonce = null;
            collection.UpdationTime = d.Clock.Next();
            d.Collections.Update(collection);
        });
        return id;
    }

    public void RenameAlbum(long albumId, string newName) => server.Database.Write(d =>
    {
        var key = keys.CollectionKey(d, d.Collections.FindById(albumId));
        var encrypted = SecretBox.Encrypt(Encoding.UTF8.GetBytes(newName), key);
        CollectionChanges.Rename(d, caller, albumId, EnteBase64.Encode(encrypted.Ciphertext), EnteBase64.Encode(encrypted.Nonce));
    });

    /// <summary>Deletes the collection; files in no other collection go to the trash.</summary>
    public void DeleteAlbum(long albumId) => server.Database.Write(d => CollectionChanges.Delete(d, caller, albumId));

    /// <summary>Sets the owner's private `visibility` (0 visible, 1 archived, 2 hidden), keeping other keys.</summary>
    public void SetAlbumVisibility(long albumId, int visibility) => server.Database.Write(d =>
    {
        var collection = d.Collections.FindById(albumId);
        var key = keys.CollectionKey(d, collection);
        var values = MagicMetadataCodec.Decrypt(collection.MagicMetadata, key);
        values["visibility"] = visibility;
        var version = collection.MagicMetadata?.Version ?? 1;
        var update = new CollectionMagicMetadataUpdate { Id = albumId, MagicMetadata = MagicMetadataCodec.Encrypt(values, key, version) };
        CollectionChanges.UpdateMagicMetadata(d, caller, update, MagicMetadataKind.Private);
    });

    /// <summary>Shares with another account on this server: the collection key sealed to their public key.</summary>
    public void ShareAlbum(long albumId, string shareeEmail, string role = "VIEWER") => server.Database.Write(d =>
    {
        var sharee = d.Users.FindOne(u => u.Email == Auth.Emails.Normalize(shareeEmail))
            ?? throw new InvalidOperationException($"No account {shareeEmail}.");
        var key = keys.CollectionKey(d, d.Collections.FindById(albumId));
        var sealedKey = SealedBox.Seal(key, EnteBase64.Decode(sharee.KeyAttributes!.PublicKey));
        CollectionChanges.Share(d, caller, albumId, sharee.Id, EnteBase64.Encode(sealedKey), role);
    });

    public void UnshareAlbum(long albumId, string shareeEmail) => server.Database.Write(d =>
    {
        var sharee = d.Users.FindOne(u => u.Email == Auth.Emails.Normalize(shareeEmail)) ?? throw new InvalidOperationException($"No account {shareeEmail}.");
        CollectionChanges.Unshare(d, caller, albumId, sharee.Id);
    });

    /// <summary>Uploads a prepared file into an owned collection; returns the file ID.</summary>
    public Task<long> UploadAsync(long albumId, PreparedMedia media) => FixtureUploader.UploadAsync(server, keys, albumId, media);

    /// <summary>
    /// Uploads many prepared files into an owned collection at once (encrypted as <see cref="UploadAsync"/>
    /// does, recorded a batch per transaction); returns the file IDs in order.
    /// </summary>
    public Task<IReadOnlyList<long>> UploadManyAsync(long albumId, IReadOnlyList<PreparedMedia> media, CancellationToken cancellationToken = default) =>
        BulkUploader.UploadAsync(server, keys, albumId, media, cancellationToken);

    /// <summary>Uploads a file from disk as the web client would (EXIF date, thumbnail, hash).</summary>
    public async Task<long> UploadFileAsync(long albumId, string path) => await UploadAsync(albumId, await MediaPreparer.PrepareAsync(path));

    /// <summary>Adds an owned file to another collection, its key re-wrapped for that collection.</summary>
    public void AddToAlbum(long fileId, long albumId) => server.Database.Write(d =>
    {
        var wrapped = SecretBox.Encrypt(keys.FileKey(d, fileId), keys.CollectionKey(d, d.Collections.FindById(albumId)));
        var item = new CollectionFileItem { Id = fileId, EncryptedKey = EnteBase64.Encode(wrapped.Ciphertext), KeyDecryptionNonce = EnteBase64.Encode(wrapped.Nonce) };
        CollectionFiles.Add(d, caller, new AddFilesRequest { CollectionId = albumId, Files = [item] });
    });

    public void RemoveFromAlbum(long fileId, long albumId) =>
        server.Database.Write(d => CollectionFiles.Remove(d, caller, new RemoveFilesRequest { CollectionId = albumId, FileIds = [fileId] }));

    /// <summary>Moves a file to the trash: it leaves every collection.</summary>
    public void TrashFile(long fileId) => server.Database.Write(d =>
    {
        var row = d.CollectionFiles.Find(r => r.FileId == fileId).OrderBy(r => r.IsDeleted).First();
        Trashing.Trash(d, caller, new TrashFilesRequest { Items = [new TrashRequestItem { FileId = fileId, CollectionId = row.CollectionId }] });
    });

    /// <summary>Deletes a trashed file for good (trashing it first if needed) and removes its objects.</summary>
    public void DeleteFileForever(long fileId)
    {
        TrashFile(fileId);
        foreach (var objectKey in server.Database.Write(d => Trashing.DeleteForever(d, caller, [fileId])))
        {
            server.Objects.Delete(objectKey);
        }
    }

    /// <summary>Edits caption, name, date or location in the public magic metadata (version checked and bumped).</summary>
    public void EditFile(long fileId, FileEdit edit) => UpdateFileMagicMetadata(fileId, MagicMetadataKind.Public, values =>
    {
        SetIfNotNull(values, "caption", edit.Caption);
        SetIfNotNull(values, "editedName", edit.EditedName);
        SetIfNotNull(values, "offsetTime", edit.OffsetTime);
        if (edit.EditedTime is { } time)
        {
            values["editedTime"] = MonotonicClock.Micros(time);
        }

        if (edit.Latitude is { } latitude && edit.Longitude is { } longitude)
        {
            values["lat"] = latitude;
            values["long"] = longitude;
        }
    });

    /// <summary>Sets the file's private `visibility` (0 visible, 1 archived, 2 hidden).</summary>
    public void SetFileVisibility(long fileId, int visibility) =>
        UpdateFileMagicMetadata(fileId, MagicMetadataKind.Private, values => values["visibility"] = visibility);

    /// <summary>
    /// Replaces a file's content in place (same file ID and key; new objects, headers and metadata),
    /// as an edit in Ente's apps does; every row of the file moves to a new updationTime.
    /// </summary>
    public Task ReplaceContentAsync(long fileId, PreparedMedia media) => FixtureUploader.ReplaceAsync(server, keys, fileId, media);

    private static JsonObject PrivateCollectionMetadata(int visibility, int subType)
    {
        var values = new JsonObject();
        if (subType != 0)
        {
            values["subType"] = subType;
        }

        if (visibility != 0)
        {
            values["visibility"] = visibility;
        }

        return values;
    }

    private static void SetIfNotNull(JsonObject values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }

    private void UpdateFileMagicMetadata(long fileId, MagicMetadataKind kind, Action<JsonObject> change) => server.Database.Write(d =>
    {
        var file = d.Files.FindById(fileId) ?? throw new InvalidOperationException($"No file {fileId}.");
        var fileKey = keys.FileKey(d, fileId);
        var current = kind == MagicMetadataKind.Public ? file.PubMagicMetadata : file.MagicMetadata;
        var values = MagicMetadataCodec.Decrypt(current, fileKey);
        change(values);
        var update = new FileMagicMetadataUpdate { Id = fileId, MagicMetadata = MagicMetadataCodec.Encrypt(values, fileKey, current?.Version ?? 1) };
        FileMagicMetadata.Update(d, caller, new UpdateFileMagicMetadataRequest { MetadataList = [update] }, kind);
    });
}
