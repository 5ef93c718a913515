namespace EnteTui.LocalServer.State;

/// <summary>A file: its two objects, their decryption headers, the encrypted metadata and magic metadata.</summary>
internal sealed class FileRecord : IOwnerMagicMetadata
{
    public long Id { get; set; }

    public long OwnerId { get; set; }

    public string FileObjectKey { get; set; } = "";

    public string FileDecryptionHeader { get; set; } = "";

    public long FileSize { get; set; }

    public string ThumbnailObjectKey { get; set; } = "";

    public string ThumbnailDecryptionHeader { get; set; } = "";

    public long ThumbnailSize { get; set; }

    /// <summary>"-" once the file is deleted for good.</summary>
    public string MetadataEncryptedData { get; set; } = "";

    public string MetadataDecryptionHeader { get; set; } = "";

    public MagicMetadataEnvelope? MagicMetadata { get; set; }

    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    public bool IsTrashed { get; set; }

    public bool IsDeleted { get; set; }

    public long UpdationTime { get; set; }

    public long CreationTime { get; set; }
}
