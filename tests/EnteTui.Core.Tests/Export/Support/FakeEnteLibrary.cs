using System.IO.Compression;
using System.Text;
using System.Text.Json;
using EnteTui.Core.Accounts;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.Core.Sync;

namespace EnteTui.Core.Tests.Export.Support;

/// <summary>
/// An in-memory Ente account with real encryption (owned and shared albums, live photos, magic
/// metadata), serving <see cref="ILibraryApi"/> with the server's diff semantics, plus mutations.
/// </summary>
internal sealed class FakeEnteLibrary : ILibraryApi
{
    private readonly Dictionary<long, (Collection Wire, byte[] Key)> collections = [];
    private readonly Dictionary<(long Collection, long File), EnteFile> rows = [];
    private readonly Dictionary<long, (byte[] Key, byte[] Cipher, long Owner, JsonElement Metadata, Dictionary<string, object> Pub)> files = [];
    private readonly List<TrashItem> trash = [];
    private readonly BoxKeyPair keyPair = BoxKeyPair.Generate();
    private long clock = 1_000_000;
    private long nextId = 1000;

    public FakeEnteLibrary() => Keys = new AccountKeys(CryptoRandom.NewKey(), keyPair.SecretKey, keyPair.PublicKey);

    public long UserId => 1;

    public AccountKeys Keys { get; }

    public int DiffLimit { get; set; } = 2500;

    public int Downloads { get; private set; }

    public Func<long, Exception?>? DownloadFault { get; set; }

    public long AddAlbum(string name, bool shared = false, int visibility = 0)
    {
        var key = CryptoRandom.NewKey();
        var id = ++nextId;
        var wire = new Collection { Id = id, Owner = new CollectionUser { Id = shared ? 77 : UserId } };
        if (shared)
        {
            wire.EncryptedKey = EnteBase64.Encode(SealedBox.Seal(key, Keys.PublicKey));
        }
        else
        {
            var box = SecretBox.Encrypt(key, Keys.MasterKey);
            (wire.EncryptedKey, wire.KeyDecryptionNonce) = (EnteBase64.Encode(box.Ciphertext), EnteBase64.Encode(box.Nonce));
        }

        collections[id] = (wire, key);
        SetName(id, name);
        if (visibility != 0)
        {
            var mm = Blob.Encrypt(JsonSerializer.SerializeToUtf8Bytes(new { visibility }), key);
            wire.MagicMetadata = new MagicMetadataEnvelope { Version = 1, Count = 1, Data = EnteBase64.Encode(mm.Ciphertext), Header = EnteBase64.Encode(mm.Header) };
        }

        return id;
    }

    public void SetName(long id, string name)
    {
        var (wire, key) = collections[id];
        var box = SecretBox.Encrypt(Encoding.UTF8.GetBytes(name), key);
        (wire.EncryptedName, wire.NameDecryptionNonce) = (EnteBase64.Encode(box.Ciphertext), EnteBase64.Encode(box.Nonce));
        wire.UpdationTime = Tick();
    }

    public void DeleteAlbum(long id)
    {
        collections[id].Wire.IsDeleted = true;
        var now = Tick();
        collections[id].Wire.UpdationTime = now;
        foreach (var key in rows.Keys.Where(k => k.Collection == id).ToList())
        {
            rows[key].IsDeleted = true;
            rows[key].UpdationTime = now;
        }
    }

    public long AddFile(long collectionId, string title, byte[] content, int fileType = 0, long creationTime = 1_700_000_000_000_000)
    {
        var id = ++nextId;
        var key = CryptoRandom.NewKey();
        using var cipher = new MemoryStream();
        var header = FileCipher.EncryptAsync(new MemoryStream(content), cipher, key).GetAwaiter().GetResult();
        var hash = fileType == 2 ? LivePhotoHash(content) : ContentHash.Compute(content);
        var metadata = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["fileType"] = fileType, ["title"] = title, ["creationTime"] = creationTime, ["modificationTime"] = creationTime, ["hash"] = hash });
        files[id] = (key, cipher.ToArray(), UserId, metadata, []);
        var file = new EnteFile
        {
            Id = id,
            OwnerId = UserId,
            File = new FileObjectAttributes { DecryptionHeader = EnteBase64.Encode(header) },
            Info = new EnteFileInfo { FileSize = cipher.Length },
        };
        file.Metadata = EncryptMetadata(id);
        AddToAlbum(collectionId, id, file);
        return id;
    }

    public void AddToAlbum(long collectionId, long fileId, EnteFile? template = null)
    {
        template ??= rows.First(r => r.Key.File == fileId).Value;
        var box = SecretBox.Encrypt(files[fileId].Key, collections[collectionId].Key);
        var row = JsonSerializer.Deserialize<EnteFile>(JsonSerializer.Serialize(template, EnteJson.Options), EnteJson.Options)!;
        row.CollectionId = collectionId;
        row.EncryptedKey = EnteBase64.Encode(box.Ciphertext);
        row.KeyDecryptionNonce = EnteBase64.Encode(box.Nonce);
        row.IsDeleted = false;
        rows[(collectionId, fileId)] = row;
        Touch(collectionId, fileId);
    }

    public void RemoveFromAlbum(long collectionId, long fileId)
    {
        rows[(collectionId, fileId)].IsDeleted = true;
        Touch(collectionId, fileId);
    }

    public void TrashFile(long fileId)
    {
        foreach (var key in rows.Keys.Where(k => k.File == fileId).ToList())
        {
            trash.Add(new TrashItem { File = rows[key], UpdatedAt = Tick(), DeleteBy = 1 });
            RemoveFromAlbum(key.Collection, fileId);
        }
    }

    public void EditPublic(long fileId, string field, object value)
    {
        var pub = files[fileId].Pub;
        pub[field] = value;
        var mm = Blob.Encrypt(JsonSerializer.SerializeToUtf8Bytes(pub), files[fileId].Key);
        foreach (var key in rows.Keys.Where(k => k.File == fileId).ToList())
        {
            rows[key].PubMagicMetadata = new MagicMetadataEnvelope { Version = 1, Count = pub.Count, Data = EnteBase64.Encode(mm.Ciphertext), Header = EnteBase64.Encode(mm.Header) };
            Touch(key.Collection, fileId);
        }
    }

    public static byte[] LivePhotoZip(byte[] image, byte[] video, string imageEntry = "image.heic", string videoEntry = "video.mov")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in new[] { (imageEntry, image), (videoEntry, video) })
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    public Task<CollectionsResponse> GetCollectionsAsync(long sinceTime, CancellationToken cancellationToken) =>
        Task.FromResult(new CollectionsResponse { Collections = collections.Values.Select(c => c.Wire).Where(c => c.UpdationTime > sinceTime).ToList() });

    public Task<CollectionDiffResponse> GetCollectionDiffAsync(long collectionId, long sinceTime, CancellationToken cancellationToken)
    {
        var changed = rows.Where(r => r.Key.Collection == collectionId && r.Value.UpdationTime > sinceTime).Select(r => r.Value).OrderBy(r => r.UpdationTime).ToList();
        var page = changed.Take(DiffLimit).ToList();
        return Task.FromResult(new CollectionDiffResponse { Diff = page, HasMore = changed.Count > page.Count });
    }

    public Task<TrashDiffResponse> GetTrashDiffAsync(long sinceTime, CancellationToken cancellationToken) =>
        Task.FromResult(new TrashDiffResponse { Diff = trash.Where(t => t.UpdatedAt > sinceTime).ToList() });

    public Task<Stream> DownloadFileAsync(long fileId, CancellationToken cancellationToken)
    {
        Downloads++;
        if (DownloadFault?.Invoke(fileId) is { } fault)
        {
            throw fault;
        }

        return Task.FromResult<Stream>(new MemoryStream(files[fileId].Cipher, writable: false));
    }

    private static string LivePhotoHash(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        var parts = archive.Entries.OrderBy(e => e.Name.StartsWith("video", StringComparison.OrdinalIgnoreCase)).Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return ContentHash.Compute(m.ToArray());
        }).ToList();
        return ContentHash.LivePhoto(parts[0], parts[1]);
    }

    private FileMetadataAttributes EncryptMetadata(long fileId)
    {
        var blob = Blob.Encrypt(JsonSerializer.SerializeToUtf8Bytes(files[fileId].Metadata), files[fileId].Key);
        return new FileMetadataAttributes { EncryptedData = EnteBase64.Encode(blob.Ciphertext), DecryptionHeader = EnteBase64.Encode(blob.Header) };
    }

    private void Touch(long collectionId, long fileId)
    {
        var now = Tick();
        rows[(collectionId, fileId)].UpdationTime = now;
        collections[collectionId].Wire.UpdationTime = now;
    }

    private long Tick() => ++clock;
}
