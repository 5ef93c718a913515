using System.Collections.Concurrent;
using System.Text;
using EnteTui.Core.Api;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.Core.Import.Upload;

namespace EnteTui.Core.Tests.Import;

/// <summary>An in-memory server for the import engine, with POST /files idempotent by object key and fault injection.</summary>
public sealed class FakeImportTarget(byte[] masterKey) : IImportTarget
{
    private readonly Lock gate = new();
    private long nextId = 100;
    private int creates;

    public ConcurrentDictionary<string, byte[]> Objects { get; } = new();

    public List<(long Id, CreateFileRequest Request)> Files { get; } = [];

    public List<(long CollectionId, long FileId, string EncryptedKey, string Nonce)> Rows { get; } = [];

    public List<Collection> Collections { get; } = [];

    /// <summary>Throws a connection reset after the server stored the file on this (1-based) `POST /files`.</summary>
    public int ResetAfterCreate { get; set; }

    /// <summary>Answers 426 to upload-URL requests once this many files exist.</summary>
    public int StorageFullAfterFiles { get; set; } = int.MaxValue;

    public Task<IReadOnlyList<UploadUrl>> GetUploadUrlsAsync(int count, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (Files.Count >= StorageFullAfterFiles)
            {
                throw new EnteApiException(EnteApiErrorKind.StorageFull, "storage full", 426);
            }
        }

        IReadOnlyList<UploadUrl> urls = Enumerable.Range(0, count).Select(_ => new UploadUrl { ObjectKey = "1/" + Guid.NewGuid(), Url = "mem://" + Guid.NewGuid() }).ToList();
        return Task.FromResult(urls);
    }

    public Task<MultipartUploadUrls> GetMultipartUploadUrlsAsync(int partCount, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task PutObjectAsync(string url, Func<Stream> openBody, long length, CancellationToken cancellationToken)
    {
        using var body = openBody();
        using var copy = new MemoryStream();
        body.CopyTo(copy);
        Objects[url] = copy.ToArray();
        return Task.CompletedTask;
    }

    public Task<string> PutPartAsync(string partUrl, Func<Stream> openBody, long length, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task CompleteMultipartAsync(string completeUrl, IReadOnlyList<string> partETags, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<EnteFile> CreateFileAsync(CreateFileRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var existing = Files.FirstOrDefault(f => f.Request.File.ObjectKey == request.File.ObjectKey);
            if (existing.Request is not null)
            {
                return Task.FromResult(new EnteFile { Id = existing.Id, CollectionId = existing.Request.CollectionId });
            }

            var id = ++nextId;
            Files.Add((id, request));
            Rows.Add((request.CollectionId, id, request.EncryptedKey, request.KeyDecryptionNonce));
            if (++creates == ResetAfterCreate)
            {
                throw new IOException("Connection reset by peer");
            }

            return Task.FromResult(new EnteFile { Id = id, CollectionId = request.CollectionId });
        }
    }

    public Task AddFilesAsync(AddFilesRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var file in request.Files.Where(f => !Rows.Any(r => r.CollectionId == request.CollectionId && r.FileId == f.Id)))
            {
                Rows.Add((request.CollectionId, file.Id, file.EncryptedKey, file.KeyDecryptionNonce));
            }
        }

        return Task.CompletedTask;
    }

    public Task<Collection> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (request.Type != "album" && Collections.FirstOrDefault(c => c.Type == request.Type) is { } special)
            {
                return Task.FromResult(special);
            }

            var collection = new Collection
            {
                Id = ++nextId,
                EncryptedKey = request.EncryptedKey,
                KeyDecryptionNonce = request.KeyDecryptionNonce,
                EncryptedName = request.EncryptedName,
                NameDecryptionNonce = request.NameDecryptionNonce,
                Type = request.Type,
            };
            Collections.Add(collection);
            return Task.FromResult(collection);
        }
    }

    /// <summary>The account as a fresh run sees it: collections with keys; files only when <paramref name="withFiles"/>.</summary>
    public AccountSnapshot Snapshot(bool withFiles)
    {
        lock (gate)
        {
            var collections = Collections.Select(c =>
            {
                var key = SecretBox.Decrypt(EnteBase64.Decode(c.EncryptedKey), EnteBase64.Decode(c.KeyDecryptionNonce!), masterKey);
                var name = Encoding.UTF8.GetString(SecretBox.Decrypt(EnteBase64.Decode(c.EncryptedName!), EnteBase64.Decode(c.NameDecryptionNonce!), key));
                return new AccountCollection(c.Id, name, c.Type, key, IsOwned: true, IsHidden: false);
            }).ToList();
            var files = withFiles ? Rows.Select(r => ToExisting(r, collections)).ToList() : [];
            return new AccountSnapshot(1, masterKey, collections, files);
        }
    }

    public string NameOf(long collectionId) => Snapshot(false).Collections.Single(c => c.Id == collectionId).Name;

    /// <summary>Decrypted metadata JSON of a file.</summary>
    public string MetadataOf(long fileId)
    {
        var (_, request) = Files.Single(f => f.Id == fileId);
        var key = FileKey(request, Snapshot(false).Collections);
        return Encoding.UTF8.GetString(Blob.Decrypt(EnteBase64.Decode(request.Metadata.EncryptedData!), EnteBase64.Decode(request.Metadata.DecryptionHeader), key));
    }

    private ExistingFile ToExisting((long CollectionId, long FileId, string EncryptedKey, string Nonce) row, List<AccountCollection> collections)
    {
        var request = Files.Single(f => f.Id == row.FileId).Request;
        var json = System.Text.Json.JsonDocument.Parse(MetadataOf(row.FileId)).RootElement;
        _ = request;
        return new ExistingFile(row.FileId, row.CollectionId, json.GetProperty("title").GetString()!, json.GetProperty("fileType").GetInt32(), json.GetProperty("hash").GetString()!, row.EncryptedKey, row.Nonce);
    }

    private static byte[] FileKey(CreateFileRequest request, IReadOnlyList<AccountCollection> collections) =>
        SecretBox.Decrypt(EnteBase64.Decode(request.EncryptedKey), EnteBase64.Decode(request.KeyDecryptionNonce), collections.Single(c => c.Id == request.CollectionId).Key);
}
