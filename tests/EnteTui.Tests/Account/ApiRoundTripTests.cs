using System.Text;
using EnteTui.Core.Api;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;

namespace EnteTui.Tests.Account;

/// <summary>The typed API methods later issues rely on, end to end against the local server over HTTP.</summary>
public class ApiRoundTripTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>
{
    [Fact]
    public async Task Create_upload_list_download_edit_move_and_trash()
    {
        var email = LocalServerFixture.NewEmail();
        var account = await fixture.CreateAccountAsync(email);
        using var signedIn = await SignedIn.LogInAsync(fixture.Endpoint, email, LocalServerFixture.Password);
        var session = signedIn.Session;
        var api = session.Api;
        var ct = CancellationToken.None;

        var album = await api.Collections.CreateAsync(NewCollection(session.Keys.MasterKey, "Holidays", out var albumKey), ct);
        var other = await api.Collections.CreateAsync(NewCollection(session.Keys.MasterKey, "Other", out var otherKey), ct);
        Assert.Equal(account.UserId, album.Owner.Id);

        // Single PUT object + thumbnail, then the file record.
        var fileKey = CryptoRandom.NewKey();
        var fileBlob = Blob.Encrypt(Encoding.UTF8.GetBytes("pretend jpeg"), fileKey);
        var thumbBlob = Blob.Encrypt(Encoding.UTF8.GetBytes("pretend thumb"), fileKey);
        var urls = await api.Uploads.GetUploadUrlsAsync(2, ct);
        Assert.Equal(2, urls.Count);
        Assert.All(urls, u => Assert.StartsWith($"{account.UserId}/", u.ObjectKey));
        await api.Uploads.PutObjectAsync(urls[0].Url, () => new MemoryStream(fileBlob.Ciphertext), fileBlob.Ciphertext.Length, ct);
        await api.Uploads.PutObjectAsync(urls[1].Url, () => new MemoryStream(thumbBlob.Ciphertext), thumbBlob.Ciphertext.Length, ct);
        var created = await api.Files.CreateAsync(NewFile(album.Id, albumKey, fileKey, urls[0].ObjectKey, fileBlob, urls[1].ObjectKey, thumbBlob), ct);
        Assert.True(created.Id > 0);

        // Multipart object for a second file.
        var parts = new[] { new byte[5 * 1024 * 1024 + 3], new byte[1234] };
        Random.Shared.NextBytes(parts[0]);
        Random.Shared.NextBytes(parts[1]);
        var multipart = await api.Uploads.GetMultipartUploadUrlsAsync(2, ct);
        var etags = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            etags.Add(await api.Uploads.PutPartAsync(multipart.PartUrls[i], () => new MemoryStream(part), part.Length, ct));
        }

        await api.Uploads.CompleteMultipartAsync(multipart.CompleteUrl, etags, ct);
        var bigThumbUrl = (await api.Uploads.GetUploadUrlsAsync(1, ct))[0];
        await api.Uploads.PutObjectAsync(bigThumbUrl.Url, () => new MemoryStream(thumbBlob.Ciphertext), thumbBlob.Ciphertext.Length, ct);
        byte[] whole = [.. parts[0], .. parts[1]];
        var bigRequest = NewFile(album.Id, albumKey, fileKey, multipart.ObjectKey, new EncryptedBlob(whole, fileBlob.Header), bigThumbUrl.ObjectKey, thumbBlob);
        var big = await api.Files.CreateAsync(bigRequest, ct);

        // Listing and diffs.
        var collections = await api.Collections.GetCollectionsAsync(0, ct);
        Assert.Contains(collections, c => c.Id == album.Id);
        Assert.Equal(album.Id, (await api.Collections.GetCollectionAsync(album.Id, ct)).Id);
        var diff = await api.Collections.GetDiffAsync(album.Id, 0, ct);
        Assert.Equal([created.Id, big.Id], diff.Diff.Select(f => f.Id).Order());
        Assert.False(diff.HasMore);

        // Downloads follow the 307 to the blob URL, which refuses the token.
        Assert.Equal(fileBlob.Ciphertext, await DownloadAsync(api.Files.DownloadFileAsync(created.Id, ct)));
        Assert.Equal(thumbBlob.Ciphertext, await DownloadAsync(api.Files.DownloadThumbnailAsync(created.Id, ct)));
        Assert.Equal(whole, await DownloadAsync(api.Files.DownloadFileAsync(big.Id, ct)));

        // Magic metadata: version 1 is current after upload without one; a stale version is a 409.
        var caption = Blob.Encrypt(Encoding.UTF8.GetBytes("""{"caption":"hi"}"""), fileKey);
        var update = new UpdateFileMagicMetadataRequest
        {
            MetadataList = [new FileMagicMetadataUpdate { Id = created.Id, MagicMetadata = new MagicMetadataEnvelope { Version = 1, Count = 1, Data = EnteBase64.Encode(caption.Ciphertext), Header = EnteBase64.Encode(caption.Header) } }],
        };
        await api.Files.UpdatePublicMagicMetadataAsync(update, ct);
        var stale = await Assert.ThrowsAsync<EnteApiException>(() => api.Files.UpdatePublicMagicMetadataAsync(update, ct));
        Assert.Equal(EnteApiErrorKind.Conflict, stale.Kind);

        // Add to another album, remove from it, then trash.
        var rewrapped = SecretBox.Encrypt(fileKey, otherKey);
        await api.Collections.AddFilesAsync(new AddFilesRequest { CollectionId = other.Id, Files = [new CollectionFileItem { Id = created.Id, EncryptedKey = EnteBase64.Encode(rewrapped.Ciphertext), KeyDecryptionNonce = EnteBase64.Encode(rewrapped.Nonce) }] }, ct);
        Assert.Contains((await api.Collections.GetDiffAsync(other.Id, 0, ct)).Diff, f => f.Id == created.Id && !f.IsDeleted);
        await api.Collections.RemoveFilesAsync(new RemoveFilesRequest { CollectionId = other.Id, FileIds = [created.Id] }, ct);
        Assert.Contains((await api.Collections.GetDiffAsync(other.Id, 0, ct)).Diff, f => f.Id == created.Id && f.IsDeleted);
        await api.Trash.TrashFilesAsync(new TrashFilesRequest { Items = [new TrashRequestItem { FileId = big.Id, CollectionId = album.Id }] }, ct);
        Assert.Contains((await api.Trash.GetDiffAsync(0, ct)).Diff, t => t.File?.Id == big.Id && !t.IsDeleted);

        Assert.True((await api.Auth.GetSessionValidityAsync(ct)).HasSetKeys);
    }

    private static CreateCollectionRequest NewCollection(byte[] masterKey, string name, out byte[] collectionKey)
    {
        collectionKey = CryptoRandom.NewKey();
        var wrapped = SecretBox.Encrypt(collectionKey, masterKey);
        var encryptedName = SecretBox.Encrypt(Encoding.UTF8.GetBytes(name), collectionKey);
        return new CreateCollectionRequest
        {
            EncryptedKey = EnteBase64.Encode(wrapped.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrapped.Nonce),
            EncryptedName = EnteBase64.Encode(encryptedName.Ciphertext),
            NameDecryptionNonce = EnteBase64.Encode(encryptedName.Nonce),
            Type = "album",
        };
    }

    private static CreateFileRequest NewFile(long collectionId, byte[] collectionKey, byte[] fileKey, string fileObject, EncryptedBlob file, string thumbObject, EncryptedBlob thumb)
    {
        var wrapped = SecretBox.Encrypt(fileKey, collectionKey);
        var metadata = Blob.Encrypt(Encoding.UTF8.GetBytes("""{"fileType":0,"title":"a.jpg","creationTime":1,"modificationTime":1,"hash":"x"}"""), fileKey);
        return new CreateFileRequest
        {
            CollectionId = collectionId,
            EncryptedKey = EnteBase64.Encode(wrapped.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrapped.Nonce),
            File = new FileObjectAttributes { ObjectKey = fileObject, DecryptionHeader = EnteBase64.Encode(file.Header), Size = file.Ciphertext.Length },
            Thumbnail = new FileObjectAttributes { ObjectKey = thumbObject, DecryptionHeader = EnteBase64.Encode(thumb.Header), Size = thumb.Ciphertext.Length },
            Metadata = new FileMetadataAttributes { EncryptedData = EnteBase64.Encode(metadata.Ciphertext), DecryptionHeader = EnteBase64.Encode(metadata.Header) },
        };
    }

    private static async Task<byte[]> DownloadAsync(Task<ObjectDownload> start)
    {
        await using var download = await start;
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);
        Assert.Equal(download.Length, copy.Length);
        return copy.ToArray();
    }
}
