using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;

namespace EnteTui.LocalServer.Tests.Support;

/// <summary>Uploads over HTTP exactly as spec §5 describes: upload URLs, PUTs without the token, then `POST /files`.</summary>
internal static class HttpUploader
{
    public static async Task<CreateFileRequest> PrepareAsync(TestClient client, long collectionId, byte[] collectionKey, byte[] content, string title)
    {
        var urls = await client.GetJsonAsync<UploadUrlsResponse>("/files/upload-urls?count=2");
        Assert.Equal(2, urls.Urls.Count);
        var fileKey = CryptoRandom.NewKey();
        using var cipher = new MemoryStream();
        var header = await FileCipher.EncryptAsync(new MemoryStream(content), cipher, fileKey);
        await PutAsync(urls.Urls[0].Url, cipher.ToArray());
        var thumbnail = Blob.Encrypt(TestMedia.Jpeg(), fileKey);
        await PutAsync(urls.Urls[1].Url, thumbnail.Ciphertext);
        var metadata = new JsonObject { ["fileType"] = 0, ["title"] = title, ["creationTime"] = 1_700_000_000_000_000L, ["modificationTime"] = 1_700_000_000_000_000L, ["hash"] = ContentHash.Compute(content) };
        var encryptedMetadata = Blob.Encrypt(Encoding.UTF8.GetBytes(metadata.ToJsonString()), fileKey);
        var wrapped = SecretBox.Encrypt(fileKey, collectionKey);
        return new CreateFileRequest
        {
            CollectionId = collectionId,
            EncryptedKey = EnteBase64.Encode(wrapped.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrapped.Nonce),
            File = new FileObjectAttributes { ObjectKey = urls.Urls[0].ObjectKey, DecryptionHeader = EnteBase64.Encode(header), Size = cipher.Length },
            Thumbnail = new FileObjectAttributes { ObjectKey = urls.Urls[1].ObjectKey, DecryptionHeader = EnteBase64.Encode(thumbnail.Header), Size = thumbnail.Ciphertext.Length },
            Metadata = new FileMetadataAttributes { EncryptedData = EnteBase64.Encode(encryptedMetadata.Ciphertext), DecryptionHeader = EnteBase64.Encode(encryptedMetadata.Header) },
        };
    }

    public static async Task PutAsync(string url, byte[] body)
    {
        using var storage = new HttpClient();
        using var response = await storage.PutAsync(url, new ByteArrayContent(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
