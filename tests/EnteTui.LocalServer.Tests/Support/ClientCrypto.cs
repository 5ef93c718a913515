using System.Text;
using System.Text.Json.Nodes;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;

namespace EnteTui.LocalServer.Tests.Support;

/// <summary>The client side of the key hierarchy (spec §3.3–§3.6), for checking what the server serves.</summary>
internal static class ClientCrypto
{
    public static byte[] CollectionKey(Collection collection, Session session) =>
        collection.Owner.Id == session.UserId
            ? SecretBox.Decrypt(EnteBase64.Decode(collection.EncryptedKey), EnteBase64.Decode(collection.KeyDecryptionNonce!), session.MasterKey)
            : SealedBox.Open(EnteBase64.Decode(collection.EncryptedKey), session.PublicKey, session.SecretKey);

    public static string Name(Collection collection, byte[] collectionKey) =>
        Encoding.UTF8.GetString(SecretBox.Decrypt(EnteBase64.Decode(collection.EncryptedName!), EnteBase64.Decode(collection.NameDecryptionNonce!), collectionKey));

    public static byte[] FileKey(EnteFile file, byte[] collectionKey) =>
        SecretBox.Decrypt(EnteBase64.Decode(file.EncryptedKey!), EnteBase64.Decode(file.KeyDecryptionNonce!), collectionKey);

    public static JsonObject Metadata(EnteFile file, byte[] fileKey) =>
        JsonNode.Parse(Blob.Decrypt(EnteBase64.Decode(file.Metadata!.EncryptedData!), EnteBase64.Decode(file.Metadata.DecryptionHeader), fileKey))!.AsObject();

    public static JsonObject MagicMetadata(MagicMetadataEnvelope envelope, byte[] key) =>
        JsonNode.Parse(Blob.Decrypt(EnteBase64.Decode(envelope.Data), EnteBase64.Decode(envelope.Header), key))!.AsObject();

    public static async Task<byte[]> DecryptFileAsync(byte[] ciphertext, EnteFile file, byte[] fileKey)
    {
        using var output = new MemoryStream();
        await FileCipher.DecryptAsync(new MemoryStream(ciphertext), output, EnteBase64.Decode(file.File!.DecryptionHeader), fileKey);
        return output.ToArray();
    }
}
