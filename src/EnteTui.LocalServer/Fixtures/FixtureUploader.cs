using System.Text;
using EnteTui.LocalServer.Data;
using EnteTui.LocalServer.Seeding;
using EnteTui.LocalServer.Storage;

namespace EnteTui.LocalServer.Fixtures;

/// <summary>
/// Uploads as Ente's web client does (spec §5.1): a fresh file key; the file as a chunked stream,
/// thumbnail and metadata as Blobs; the key wrapped with the collection key; then the same
/// `POST /files` logic the HTTP route runs.
/// </summary>
internal static class FixtureUploader
{
    public static async Task<long> UploadAsync(ServerComponents server, UserKeys keys, long collectionId, PreparedMedia media)
    {
        var request = await RequestAsync(server, keys, collectionId, CollectionKey(server, keys, collectionId), media);
        return server.Database.Write(d => Record(server, d, keys, request));
    }

    public static byte[] CollectionKey(ServerComponents server, UserKeys keys, long collectionId) => server.Database.Read(d =>
        keys.CollectionKey(d, d.Collections.FindById(collectionId) ?? throw new InvalidOperationException($"No collection {collectionId}.")));

    /// <summary>Encrypts the file, thumbnail and metadata under a fresh file key and stores the objects; the `POST /files` body.</summary>
    public static async Task<CreateFileRequest> RequestAsync(ServerComponents server, UserKeys keys, long collectionId, byte[] collectionKey, PreparedMedia media)
    {
        var fileKey = CryptoRandom.NewKey();
        var request = await EncryptAsync(server, keys, media, fileKey);
        var wrapped = SecretBox.Encrypt(fileKey, collectionKey);
        request.CollectionId = collectionId;
        request.EncryptedKey = EnteBase64.Encode(wrapped.Ciphertext);
        request.KeyDecryptionNonce = EnteBase64.Encode(wrapped.Nonce);
        request.PubMagicMetadata = media.PublicMagicMetadata is { Count: > 0 } pub ? MagicMetadataCodec.Encrypt(pub, fileKey, 1) : null;
        return request;
    }

    /// <summary>Runs the `POST /files` logic of the HTTP route for the request, inside the caller's write; returns the file ID.</summary>
    public static long Record(ServerComponents server, ServerDatabase d, UserKeys keys, CreateFileRequest request) =>
        FileCreation.Create(d, server.Objects, new Caller(keys.UserId, ClientApp.Photos, ""), request, server.Settings.StorageQuota).Id;

    public static async Task ReplaceAsync(ServerComponents server, UserKeys keys, long fileId, PreparedMedia media)
    {
        var fileKey = server.Database.Read(d => keys.FileKey(d, fileId));
        var request = await EncryptAsync(server, keys, media, fileKey);
        var caller = new Caller(keys.UserId, ClientApp.Photos, "");
        foreach (var objectKey in server.Database.Write(d => FileReplacement.Replace(d, server.Objects, caller, fileId, request)))
        {
            server.Objects.Delete(objectKey);
        }
    }

    /// <summary>Encrypts and stores file and thumbnail objects, and encrypts the metadata, all with <paramref name="fileKey"/>.</summary>
    private static async Task<CreateFileRequest> EncryptAsync(ServerComponents server, UserKeys keys, PreparedMedia media, byte[] fileKey)
    {
        var fileObject = ObjectKeys.New(keys.UserId);
        var thumbnailObject = ObjectKeys.New(keys.UserId);
        byte[] header = [];
        await server.Objects.WriteWithAsync(fileObject, async target =>
        {
            await using var plain = media.OpenContent();
            header = await FileCipher.EncryptAsync(plain, target, fileKey);
        });
        var thumbnail = Blob.Encrypt(media.Thumbnail, fileKey);
        server.Objects.Write(thumbnailObject, thumbnail.Ciphertext);
        var metadata = Blob.Encrypt(Encoding.UTF8.GetBytes(media.MetadataJson().ToJsonString()), fileKey);
        return new CreateFileRequest
        {
            File = new FileObjectAttributes { ObjectKey = fileObject, DecryptionHeader = EnteBase64.Encode(header) },
            Thumbnail = new FileObjectAttributes { ObjectKey = thumbnailObject, DecryptionHeader = EnteBase64.Encode(thumbnail.Header) },
            Metadata = new FileMetadataAttributes { EncryptedData = EnteBase64.Encode(metadata.Ciphertext), DecryptionHeader = EnteBase64.Encode(metadata.Header) },
        };
    }
}
