namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /files` (spec §5.7).</summary>
public sealed class CreateFileRequest
{
    [JsonPropertyName("collectionID")]
    public long CollectionId { get; set; }

    public string EncryptedKey { get; set; } = "";

    public string KeyDecryptionNonce { get; set; } = "";

    public FileObjectAttributes File { get; set; } = new();

    public FileObjectAttributes Thumbnail { get; set; } = new();

    public FileMetadataAttributes Metadata { get; set; } = new();

    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    public MagicMetadataEnvelope? MagicMetadata { get; set; }
}
