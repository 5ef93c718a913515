using System.Text;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Data;
using EnteTui.LocalServer.Hosting;
using EnteTui.LocalServer.Http;
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
        var collectionKey = server.Database.Read(d =>
            keys.CollectionKey(d, d.Collections.FindById(collectionId) ?? throw new InvalidOperationException($"No collection {collectionId}.")));
        var fileKey = CryptoRandom.NewKey();
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
        var wrapped = SecretBox.Encrypt(fileKey, collectionKey);
        var request = new CreateFileRequest
        {
            CollectionId = collectionId,
            EncryptedKey = EnteBase64.Encode(wrapped.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrapped.Nonce),
            File = new FileObjectAttributes { ObjectKey = fileObject, DecryptionHeader = EnteBase64.Encode(header) },
            Thumbnail = new FileObjectAttributes { ObjectKey = thumbnailObject, DecryptionHeader = EnteBase64.Encode(thumbnail.Header) },
            Metadata = new FileMetadataAttributes { EncryptedData = EnteBase64.Encode(metadata.Ciphertext), DecryptionHeader = EnteBase64.Encode(metadata.Header) },
            PubMagicMetadata = media.PublicMagicMetadata is { Count: > 0 } pub ? MagicMetadataCodec.Encrypt(pub, fileKey, 1) : null,
        };
        var caller = new Caller(keys.UserId, ClientApp.Photos, "");
        var created = server.Database.Write(d => FileCreation.Create(d, server.Objects, caller, request, server.Settings.StorageQuota));
        return created.Id;
    }
}
