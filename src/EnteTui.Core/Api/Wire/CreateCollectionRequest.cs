namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /collections` (spec §5.8).</summary>
public sealed class CreateCollectionRequest
{
    public string EncryptedKey { get; set; } = "";

    public string KeyDecryptionNonce { get; set; } = "";

    public string EncryptedName { get; set; } = "";

    public string NameDecryptionNonce { get; set; } = "";

    public string Type { get; set; } = "album";

    public MagicMetadataEnvelope? MagicMetadata { get; set; }

    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }
}
