using EnteTui.Core.Import.Metadata;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Uploads a content that is not on the server yet (spec §5.1): thumbnail and metadata, a fresh
/// file key, the encrypted file, thumbnail and metadata objects. Returns the `POST /files` body.
/// </summary>
internal static class NewFileUploader
{
    public static async Task<CreateFileRequest> UploadAsync(ImportContext context, LoadedContent content, long collectionId, Action<long> onBytes, CancellationToken cancellationToken)
    {
        var fileKey = CryptoRandom.NewKey();
        var (open, length) = Plaintext(context, content);
        var file = await context.Uploader.UploadFileAsync(open, length, fileKey, onBytes, cancellationToken);
        return await CompleteAsync(context, content, fileKey, file, collectionId, cancellationToken);
    }

    /// <summary>Thumbnail, metadata and the `POST /files` body for a file object already stored.</summary>
    public static async Task<CreateFileRequest> CompleteAsync(ImportContext context, LoadedContent content, byte[] fileKey, UploadedObject file, long collectionId, CancellationToken cancellationToken)
    {
        var thumbnail = await ContentThumbnails.MakeAsync(context, content, cancellationToken);
        var metadata = context.Metadata.Build(new MetadataInput
        {
            FileName = content.Best.Media.FileName,
            FileType = content.FileType,
            Hash = content.Hash,
            Sidecar = content.Best.Media.Sidecar,
            Media = WithDuration(MediaFactsReader.Read(new MemoryStream(content.Bytes ?? content.Head, writable: false)), thumbnail.DurationSeconds),
            VideoMedia = content.VideoBytes is { } video ? MediaFactsReader.Read(new MemoryStream(video, writable: false)) : null,
            FolderDate = content.Copies.Select(c => c.Media.FolderDate).FirstOrDefault(d => d is not null),
            HasStaticThumbnail = thumbnail.IsStatic,
            Width = thumbnail.SourceWidth,
            Height = thumbnail.SourceHeight,
        });

        var thumb = await context.Uploader.UploadBlobAsync(Blob.Encrypt(thumbnail.Jpeg, fileKey), cancellationToken);
        var encryptedMetadata = Blob.Encrypt(MetadataJson.Serialize(metadata), fileKey);
        var wrappedKey = SecretBox.Encrypt(fileKey, context.Albums.KeyOf(collectionId));
        return new CreateFileRequest
        {
            CollectionId = collectionId,
            EncryptedKey = EnteBase64.Encode(wrappedKey.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrappedKey.Nonce),
            File = new FileObjectAttributes { ObjectKey = file.ObjectKey, DecryptionHeader = file.DecryptionHeader, Size = file.Size },
            Thumbnail = new FileObjectAttributes { ObjectKey = thumb.ObjectKey, DecryptionHeader = thumb.DecryptionHeader, Size = thumb.Size },
            Metadata = new FileMetadataAttributes
            {
                EncryptedData = EnteBase64.Encode(encryptedMetadata.Ciphertext),
                DecryptionHeader = EnteBase64.Encode(encryptedMetadata.Header),
            },
            PubMagicMetadata = Envelope(MetadataJson.SerializePublicMagic(metadata), metadata.PublicMagic.Count, fileKey),
            MagicMetadata = IsArchived(context, content) ? Envelope("{\"visibility\":1}"u8.ToArray(), 1, fileKey) : null,
        };
    }

    private static (Func<CancellationToken, Task<Stream>> Open, long Length) Plaintext(ImportContext context, LoadedContent content)
    {
        if (content.FileType == EnteFileType.LivePhoto)
        {
            var zip = new MemoryStream();
            LivePhotoZip.Write(zip, content.Best.Media.FileName, new MemoryStream(content.Bytes!), content.Best.MotionVideo!.FileName, new MemoryStream(content.VideoBytes!));
            var bytes = zip.ToArray();
            return (_ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)), bytes.Length);
        }

        if (content.Bytes is { } buffered)
        {
            return (_ => Task.FromResult<Stream>(new MemoryStream(buffered, writable: false)), buffered.Length);
        }

        var media = content.Best.Media;
        return (ct => context.Source.OpenAsync(media, ct), media.Size);
    }

    /// <summary>ffprobe's duration wins over the QuickTime header's (it also knows Matroska, WebM and AVI).</summary>
    private static MediaFacts WithDuration(MediaFacts facts, double? probed) =>
        probed is > 0 ? facts with { DurationSeconds = probed } : facts;

    private static bool IsArchived(ImportContext context, LoadedContent content) =>
        context.Options.Archived == ArchivedMode.Archive && content.Copies.Any(c => c.Media.Sidecar?.Archived == true);

    private static MagicMetadataEnvelope? Envelope(byte[]? json, int count, byte[] fileKey)
    {
        if (json is null || count == 0)
        {
            return null;
        }

        var blob = Blob.Encrypt(json, fileKey);
        return new MagicMetadataEnvelope { Version = 1, Count = count, Data = EnteBase64.Encode(blob.Ciphertext), Header = EnteBase64.Encode(blob.Header) };
    }

    /// <summary>The title the metadata will carry: the sidecar's untruncated title, else the file name.</summary>
    public static string TitleOf(ImportCopy copy) =>
        string.IsNullOrWhiteSpace(copy.Media.Sidecar?.Title) ? copy.Media.FileName : copy.Media.Sidecar.Title;
}
